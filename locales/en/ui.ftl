# Words of the editor's interface.

app-title = LNB Studio
app-tagline = Campaign graphics for the Leave No One Behind pledge
goal-legend = Global Goal
figure-label = Headline figure
figure-hint = As you want it read, e.g. “1 in 3” or “258 million”.
statement-label = Statement
statement-hint = One sentence that says what the figure means.
source-label = Source and year
source-warning = Add a source: a figure without one will not be trusted.
preview-label = Preview of your graphic
export-png = Download PNG
exporting = Preparing…
export-failed = The PNG could not be made. Your design is safe; please try again.
loading-fonts = Loading fonts…
fonts-failed = The fonts could not be loaded, so the preview cannot be drawn. Check your connection and reload.
