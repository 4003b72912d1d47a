# Words of the editor's interface.

# The app's name in the masthead and the installed app's short name. Usually left as is.
app-title = LNB Studio
# Under the app's name in the masthead, and the installed app's description.
app-tagline = Campaign graphics for the Leave No One Behind pledge
# Heading over the 17 (today 5) Goal tiles in the form.
goal-legend = Global Goal
# Label of the big-number field (the chart "Big number").
figure-label = Headline figure
# Help under the big-number field; the quoted examples should read naturally in the language.
figure-hint = As you want it read, e.g. “1 in 3” or “258 million”.
# Label of the statement field: the sentence drawn beside the figure or above the chart.
statement-label = Statement
# Help under the statement field.
statement-hint = One sentence that says what the figure means.
# Label of the source field; the graphic says "Source: …" (graphic.ftl source-line).
source-label = Source
# Accessible name of the live preview canvas (read by screen readers, not shown).
preview-label = Preview of your graphic
# Button under the preview, opens the phone's share sheet with the PNG; keep it about as short as the English (6 characters): phones show these in one row.
share-png = Share…
# Button under the preview, downloads the graphic as a PNG; keep it about as short as the English (12 characters): phones show these in one row.
export-png = Download PNG
# Replaces the Download PNG label while the file is being made.
exporting = Preparing…
# Alert under the export buttons when the export worker could not make the file.
export-failed = The file could not be made. Your design is safe; please try again.
# Alert when the browser refused the finished file (download or share).
download-failed = The browser did not take the file. Your design is safe; please try again.
# Alert when the browser could not draw the graphic (a canvas too large for its memory).
canvas-failed = This browser could not draw the graphic (too large for its memory?). Your design is safe; try a smaller format or another browser.
# Alert when the export part of the app could not be loaded (offline before it was ever used, or a network that dropped it).
exporter-unavailable = The export tools could not be loaded, so no file was made. Your design is safe; check your connection and try again.
# Over the preview while the graphic's fonts load.
loading-fonts = Loading fonts…
# Over the preview when the fonts could not be loaded.
fonts-failed = The fonts could not be loaded, so the preview cannot be drawn. Check your connection and reload.
# Heading over the three audience choices.
audience-legend = Audience
# Audience choice (a pill-shaped radio button).
scope-international = International
# Audience choice (a pill-shaped radio button).
scope-national = National
# Audience choice (a pill-shaped radio button).
scope-regional = Regional
# Label of the place field (country, county or city) drawn above the statement.
place-label = Place
# Help under the place field; use a place name of the language's own audience.
place-hint = The country, county or city, e.g. “Turkana County”. Leave empty for the whole world.
# Heading over the six chart kinds.
chart-legend = Chart
# Chart kind (a pill-shaped radio button): one big figure with a statement.
chart-big-number = Big number
# Chart kind: ten people, as many highlighted as the share.
chart-pictogram = Pictogram
# Chart kind: one bar per group, compared.
chart-bars = Compare groups
# Chart kind: two values and the gap between them.
chart-gap = Gap
# Chart kind: values over years with a 2030 target.
chart-trend = Trend
# Chart kind: a ring showing one share.
chart-donut = Part of a whole
# Heading of the data table.
figures-legend = Figures
# Help under the table heading (typing, pasting and importing figures).
figures-hint = One row per group, place or year. Leave a value empty for “no data”.
# Column heading of the table: the group or place.
column-label = Label
# Column heading of the table: the value.
column-value = Value
# Column heading of the table: the year (shown for the trend only).
column-year = Year
# Accessible name of a row's label cell (screen readers); $row is the row number.
row-label-name = Label of row { $row }
# Accessible name of a row's value cell (screen readers); $row is the row number.
row-value-name = Value of row { $row }
# Accessible name of a row's year cell (screen readers); $row is the row number.
row-year-name = Year of row { $row }
# Accessible name of the × button that removes a row; $row is the row number.
remove-row = Remove row { $row }
# Button under the table, adds an empty row; keep it about as short as the English (9 characters): phones show these in one row.
add-row = Add a row
# Label of the unit menu under the table.
unit-label = Values are
# Unit menu choice.
unit-percent = Percentages
# Unit menu choice.
unit-number = Numbers
# Label of the 2030 target field (trend chart).
target-field-label = 2030 target (optional)
# Error under a value cell whose text is not a number in the graphic's language.
value-not-a-number = Not a number. Type digits, e.g. 12.5 or 1,250.
# Error under a value cell whose number is too large to draw.
value-too-large = This number is too large to show.
# Label of the source's year field, beside the source.
year-label = Year
# Label of the call-to-action field, drawn on a plate at the bottom of the words.
cta-label = Call to action (optional)
# Help under the call-to-action field.
cta-hint = E.g. “Sign the pledge at example.org”.
# Label of the hashtag field, drawn in the footer.
hashtag-label = Hashtag (optional)
# Checkbox: draw the "Leave No One Behind" line in the footer.
pledge-label = Show “Leave No One Behind”
# Label of the format menu.
format-label = Format
# The poster option for a black-and-white copier (shown for print formats).
photocopy-label = Photocopy-safe (black and white)
# Under the photocopier option: what it does.
photocopy-hint = For a poster copied on a black-and-white copier: a pale ground and black ink that stay readable in grey.
# Format menu entry; the pixel size is added after it.
format-x-landscape = X / Twitter
# Format menu entry; the pixel size is added after it.
format-x-compact = X / Twitter compact
# Format menu entry; the pixel size is added after it.
format-link-share = Facebook / LinkedIn
# Format menu entry; the pixel size is added after it.
format-instagram-square = Instagram square
# Format menu entry; the pixel size is added after it.
format-instagram-portrait = Instagram portrait
# Format menu entry; the pixel size is added after it.
format-story = Story
# Format menu entry; the pixel size is added after it.
format-poster-a4 = Poster A4
# Format menu entry; the pixel size is added after it.
format-poster-a3 = Poster A3
# Warning in the list under the form: the graphic has no source.
issue-no-source = Add a source: a figure without one will not be trusted.
# Warning under the form: the big number is empty.
issue-no-figure = Type the figure to show.
# Warning under the form: the table has no value.
issue-no-values = Add at least one value to the table.
# Warning under the form (gap chart).
issue-gap-needs-two = The gap needs values in the first two rows.
# Warning under the form (trend chart).
issue-trend-needs-two = A trend needs at least two values.
# Warning under the form (pictogram, donut); $row is the row number.
issue-share-out-of-range = Row { $row }: a share must be between 0 and 100%.
# Warning under the form; $row is the row number.
issue-too-large = Row { $row }: this number is too large to show.
# Warning under the form (trend chart's target).
issue-target-too-large = The 2030 target is too large to show.
# Label of the partner-logo file picker.
logo-label = Partner logo (optional)
# Help under the logo picker.
logo-hint = A PNG or JPEG of up to 1 MB. It sits on a white plate in the corner.
# Button beside the logo picker, removes the logo; keep it about as short as the English (11 characters): phones show these in one row.
logo-remove = Remove logo
# Error under the logo picker.
logo-not-an-image = This file is not a PNG or JPEG image.
# Error under the logo picker.
logo-too-large = This image is larger than 1 MB. Please choose a smaller file.
# Error under the logo picker.
logo-bad-size = This image is too large (at most 4096 pixels on a side).
# Warning under the logo picker when the logo is hard to see on its white plate; $ratio and $least are contrast ratios ("1.4", "3").
logo-faint = Your logo is hard to see on its white plate: its contrast is { $ratio }:1, and a logo needs { $least }:1. A darker version will read better.
# Accessible name of the Undo/Redo group.
history-label = Undo and redo
# Button in the toolbar, undoes the last change; keep it about as short as the English (4 characters): phones show these in one row.
undo = Undo
# Button in the toolbar, redoes it; keep it about as short as the English (4 characters): phones show these in one row.
redo = Redo
# Tooltip of the Undo button, naming its keys. Keep the key names as they are printed on keyboards.
undo-keys = Undo (Ctrl+Z, or ⌘Z on a Mac)
# Tooltip of the Redo button, naming its keys.
redo-keys = Redo (Ctrl+Shift+Z or Ctrl+Y, or ⇧⌘Z on a Mac)
# Summary of the keyboard shortcuts list, under the toolbar ("?" opens it).
shortcuts-title = Keyboard shortcuts
# In the shortcuts list: what "?" does.
shortcuts-help = Show this list
# Note under the shortcuts list.
shortcuts-in-fields = Inside a text field, Ctrl+Z undoes your typing in that field.
# Summary of the saved designs panel in the toolbar.
designs-label = My designs
# Label of the current design's name field.
design-name-label = Name of this design
# Name of a new design until the user names it.
untitled-design = Untitled design
# Added after a design's name for its copy ("My design (copy)").
copy-suffix = (copy)
# Button in the designs panel; keep it about as short as the English (10 characters): phones show these in one row.
new-design = New design
# Button in the designs panel; keep it about as short as the English (9 characters): phones show these in one row.
duplicate-design = Duplicate
# Button in the designs panel; keep it about as short as the English (6 characters): phones show these in one row.
delete-design = Delete
# Browser confirmation before a design is deleted; $name is its name.
delete-confirm = Delete this design? This cannot be undone.
# Heading of the list of the other saved designs.
other-designs = Other saved designs
# Button closing a notice; keep it about as short as the English (7 characters): phones show these in one row.
dismiss = Dismiss
# Notice when the browser's storage is full.
storage-full = This browser’s storage is full, so your latest changes are not saved. Download your graphic, or delete designs you no longer need.
# Notice when the browser gives no storage (private mode).
storage-unavailable = This browser does not let LNB Studio save (private browsing?). Your design stays while this tab is open.
# Notice when a saved draft could not be read (it is kept aside).
draft-unreadable = Your last design could not be opened, so an example is shown. Its text is kept in this browser’s storage.
# Notice when a saved design could not be opened.
design-unreadable = That design could not be opened. It is kept in this browser’s storage.
# Shown when the map's list of countries (a file of the app) could not be read.
map-data-unreadable = The map’s country names could not be loaded. Check your connection and choose the map again.
# Notice when a saved design was written by a newer version of the app.
design-too-new = That design was saved by a newer LNB Studio. Reload the page to update, then open it again.
# Accessible name of the ↑ button of a table row; $row is the row number.
move-up = Move row { $row } up
# Accessible name of the ↓ button of a table row; $row is the row number.
move-down = Move row { $row } down
# Label of the CSV file picker under the table.
csv-label = Import a CSV file (or drop it on the table, or paste cells from a spreadsheet)
# Heading of the import preview (a pasted or imported table, before it replaces the table).
import-title = Figures read
# Import preview: how many rows were read; plural by $count.
import-read = { $count ->
    [one] One row was read.
   *[other] { $count } rows were read.
}
# Import preview: the first line was taken as a header.
import-header = The first line was taken as column names.
# Import preview: lines whose value could not be read; $lines lists their numbers.
import-unreadable = { $unreadable ->
    [one] One value was not a number and is kept empty (“no data”): line { $lines }.
   *[other] { $unreadable } values were not numbers and are kept empty (“no data”): lines { $lines }.
}
# Import preview: rows left out beyond the limit.
import-left-out = { $left } more rows were left out (at most 10,000).
# Import preview: nothing could be read.
import-no-value = no data
# Button in the import preview, replaces the table; keep it about as short as the English (17 characters): phones show these in one row.
import-replace = Replace the table
# Button in the import preview, adds the rows to the table; keep it about as short as the English (16 characters): phones show these in one row.
import-add = Add to the table
# Button in the import preview; keep it about as short as the English (6 characters): phones show these in one row.
import-cancel = Cancel
# Badge under the preview while the figures are still the example's.
example-badge = Example — type your own figures
# Notice when a new version of the app is ready.
update-ready = A new version of LNB Studio is ready. Your design is saved.
# Button in the update notice, reloads into the new version; keep it about as short as the English (10 characters): phones show these in one row.
update-reload = Reload now
# Button under the preview, copies a link that opens this design; keep it about as short as the English (9 characters): phones show these in one row.
copy-link = Copy link
# Status after the link was copied.
link-copied = Link copied. Anyone who opens it sees this design; it is not sent to any server.
# Shown when the browser could not copy: the link is selected to copy by hand.
link-select = Copy this link:
# Notice when a design was opened from a link (as a new design).
shared-design = Shared design
# Notice after a shared link was opened.
share-opened = This design was opened from a link and saved as a new design. Your own designs are unchanged.
# Notice when a link is damaged; the user's own work is kept.
share-malformed = This link could not be opened: it may have been cut short or changed. Your own work is shown instead.
# Notice when a link is too long to open.
share-too-large = This link is too long to open. Your own work is shown instead.
# Notice when a link was made by a newer version.
share-too-new = This link was made by a newer LNB Studio. Reload the page to update, then open it again.
# The browser tab's title and the installed app's name.
page-title = LNB Studio — campaign graphics for Leave No One Behind
# Label of the interface language menu in the masthead.
ui-language-label = Language
# Label of the graphic's language menu in the form.
graphic-language-label = Language of the graphic
# Help under the graphic's language menu.
graphic-language-hint = The words on the graphic. The editor stays in your language.
# The language's own name in the language menus (written in that language).
language-en = English
# The language's own name in the language menus (written in that language).
language-es = Español
# The language's own name in the language menus (written in that language).
language-fr = Français
# The language's own name in the language menus (written in that language).
language-sw = Kiswahili
# The language's own name in the language menus (written in that language).
language-pt = Português
# The language's own name in the language menus (written in that language).
language-ar = العربية
# Note at the top of the form when a partner's link locked some fields.
locked-by-partner = Some choices were made by the site that shows this editor, so they cannot be changed here.
# Notice when a partner's logo could not be loaded.
preset-logo-failed = The partner’s logo could not be loaded. You can add one yourself below.
# Button under the preview, opens the Embed dialog; keep it about as short as the English (5 characters): phones show these in one row.
embed-button = Embed
# Label of the embed code box.
embed-label = Code to embed this editor on your site
# Help under the embed code box.
embed-hint = Paste it into your page. The editor opens with this Goal, chart, format, language and place, and the iframe grows to fit it.
# Button in the Embed dialog, copies the code; keep it about as short as the English (9 characters): phones show these in one row.
embed-copy = Copy code
# Status after the embed code was copied.
embed-copied = Code copied.
# Button under the preview, downloads the PNG at twice the size; keep it about as short as the English (21 characters): phones show these in one row.
export-png-2x = PNG at twice the size
# Button under the preview; keep it about as short as the English (12 characters): phones show these in one row.
export-svg = Download SVG
# Button under the preview; keep it about as short as the English (12 characters): phones show these in one row.
export-pdf = Download PDF
# Summary of the packs section (many graphics in one zip).
packs-title = Packs: many graphics in one zip
# Help in the packs section.
packs-hint = Each graphic is a PNG at its format’s exact size. Large packs take a while; the page stays usable.
# Button makes one graphic per format, zipped; keep it about as short as the English (11 characters): phones show these in one row.
pack-formats = All formats
# Button makes one graphic per language, zipped; keep it about as short as the English (13 characters): phones show these in one row.
pack-languages = All languages
# Label of the CSV picker that makes one graphic per row.
pack-rows = One graphic per row of a CSV file
# Help under the per-row pack picker.
pack-rows-hint = The place in the first column, its figures in the next ones; a header row names them. At most 500 rows.
# Checkbox beside the per-row pack picker: each row in each of the six languages.
pack-rows-every-language = In all six languages (one graphic per row and language)
# Progress while a pack is made; $done of $total.
pack-progress = { $done } of { $total } graphics made
# Button stops the pack being made; keep it about as short as the English (6 characters): phones show these in one row.
pack-cancel = Cancel
# Status when the pack is downloaded.
pack-done = The pack is ready and downloading.
# Status when the pack was cancelled.
pack-cancelled = The pack was cancelled. Nothing was downloaded.
# Status when the pack could not be made.
pack-failed = The pack could not be made. Your design is safe; please try again.
# Status when the CSV for a pack has no row.
pack-no-rows = That file has no rows to make graphics from.
# Summary of the "words to post" section (alt text and post).
words-title = Words to post with it
# Label of the alt text box.
alt-text-label = Alt text
# Help under the alt text box.
alt-text-hint = Paste it as the image description, so people who use screen readers get the figures too.
# Label of the post text box.
post-text-label = Post
# Count under the post: $count of $limit characters.
post-count = { $count } of { $limit } characters on X
# The same count when the post is over the limit.
post-count-over = { $count } of { $limit } characters on X: too long for one post
# Button under the alt text and under the post, copies it; keep it about as short as the English (4 characters): phones show these in one row.
copy-text = Copy
# Accessible name of the Copy button under the alt text; start with the word used for copy-text.
copy-alt-text = Copy the alt text
# Accessible name of the Copy button under the post; start with the word used for copy-text.
copy-post-text = Copy the post
# Status after a text was copied.
text-copied = Copied.
# Note under the table when it has more rows than can be edited here; $rows and $shown are numbers.
rows-not-editable = The first { $shown } rows can be edited here; { $rows } more are kept as imported. Edit them in your spreadsheet and import again.
# Heading of the screen shown if the app stops unexpectedly.
crash-title = Something went wrong
# Text of that screen: the design is safe.
crash-text = LNB Studio stopped because of an error on our side. Your design was saved up to your last change; reload to carry on.
# Link on that screen.
crash-reload = Reload
# Only with ?debug=1 (for tests); may stay in English-like wording.
debug-panic = Crash on purpose (testing)
# Notice when the design was changed in another tab and this tab's changes became a copy.
design-forked = This design was also changed in another tab. To keep both, your changes here are now saved as a copy.

## Figures in human terms

# The heading of the human-terms panel under the headline figure.
human-title = Say it so people feel it
# Under that heading: what the panel offers.
human-hint = Other ways to write the headline figure, worked out from it. The figure as published stays in the alt text.
# Label of the population a count is compared with.
human-population-label = Compare with a population (optional)
# Under it: an example, and what is used when it is empty.
human-population-hint = For example 56 million for Kenya. Left empty, the world’s 8.2 billion people (UN, 2024).
# Shown when the headline figure is not a single share or count.
human-none = Type a percentage or a number (such as 712 million) as the headline figure to see other ways to say it.
# Button that puts an offer in the headline figure.
human-use = Use this
# A count in millions, in the arithmetic; $count is the number of millions.
human-millions = { $count } million
# A count in thousands of millions (10^9), in the arithmetic; $count is their number.
human-billions = { $count } billion
# The arithmetic of "1 in N" from a share; $share, $exact, $shown (N written) and $tenths are numbers written.
human-arith-one-in = 100 ÷ { $share } = { $exact }, so about 1 in { $shown }. A pictogram of ten people would highlight { $tenths }.
# A count as a share of the population the user gave; all three are numbers written.
human-arith-share = { $count } ÷ { $population } = { $share } of the population you gave.
# A count as a share of the world's population; all three are numbers written.
human-arith-share-world = { $count } ÷ { $population } people in the world (UN, 2024) = { $share }.
# A count as "1 in N" of a population; $n (N, a number for plural forms) and $shown (N written).
human-arith-share-one-in = { $population } ÷ { $count } = { $exact }, so about 1 in { $shown } { $n ->
        [one] person
       *[other] people
    }.
# A yearly count per day; $spans is 365 written, $result the count a day.
human-arith-per-day = { $count } ÷ { $spans } days = { $result } a day, if the figure is for one year.
# A yearly count per hour; $spans is 8,760 written, $result the count an hour.
human-arith-per-hour = { $count } ÷ { $spans } hours = { $result } an hour, if the figure is for one year.

# Chart kind: one value per country, each country coloured by its value.
chart-map = Map
# Shown when a map's boundaries file contradicts itself.
map-data-broken = This map file contradicts itself (an outline points to a part the file does not have).
# Shown when a map's boundaries file has more points or areas than the studio draws.
map-data-too-large = This map file has more detail than the studio can draw. Simplify it first (for example with mapshaper.org).
# Shown when a file chosen as a map's boundaries is neither GeoJSON nor TopoJSON.
map-file-unreadable = This file is not a map the studio can read. Choose a GeoJSON or TopoJSON file.
# Shown when a map's boundaries could not be fetched or read (offline before a map was first drawn).
map-failed = The map could not be loaded. Check your connection, then choose the map again.
# Under a map's table: a row whose label names no country; $label as typed. The nearest names follow as buttons.
map-row-unplaced = Row { $row }: “{ $label }” is not a country the map knows. Did you mean:
# The accessible name of a button that puts a country's name in a row.
map-use-offer = Use { $name } in row { $row }
# Under a map's table: a row whose label names no country and is near none; $label as typed.
map-row-unknown = Row { $row }: “{ $label }” is not a country the map knows.
# Shown when a boundaries file holds no polygon.
map-file-no-areas = This file has no areas (polygons) to draw. Choose a file of counties or districts.
# The button that imports a map's own boundaries.
map-own-choose = Use your own boundaries…
# Under that button.
map-own-hint = A GeoJSON or TopoJSON file of counties or districts. It stays in this browser.
# While a boundaries file is read; $file is its name.
map-own-reading = Reading { $file }…
# Once imported; $areas is the count of areas, $file the file's name.
map-own-summary = { $areas } areas from { $file }
# The label of the list of properties that could name the areas.
map-own-property = Areas named by
# The button that goes back to the world's countries.
map-own-world = Use the world’s countries
# The button that adds a row for each area the table does not name yet; $count how many.
map-own-list = Add { $count } areas to the table
# When a design's own boundaries are not kept in this browser; $file the file's name.
map-own-missing = This map is drawn from “{ $file }”, which this browser does not keep. Choose the file again.
# A row whose label names no area of the design's own boundaries.
map-row-unplaced-area = Row { $row }: “{ $label }” is not an area on this map. Did you mean:
# The same, with nothing near to offer.
map-row-unknown-area = Row { $row }: “{ $label }” is not an area on this map.
# The field for a map's own steps.
map-breaks-label = Steps start at
# Under that field.
map-breaks-hint = Leave empty for steps of equal counts, or type the values that start each step: 10 20 40 (up to five).
# When a map's own steps are not numbers.
map-breaks-unreadable = Type the values that start each step as numbers, apart by spaces: 10 20 40.
# When a map's own steps are more than five.
map-breaks-too-many = A map reads best in six steps or fewer: type five values at most.
# Warning under the form (a map's own steps).
issue-map-breaks = The map’s own steps cannot be read: it shows steps of equal counts until they can.
