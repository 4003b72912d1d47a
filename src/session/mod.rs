//! The editing session: the document, its undo history, the saved designs and the
//! operations the editor offers on them (edit, import, switch Goal or chart, change
//! the graphic's language, undo and redo, save, open, duplicate, rename, delete, ask
//! for an export). Every decision the editor makes lives here and is tested natively;
//! the Leptos layer (`src/ui/`) holds one session, re-renders when its
//! [`revision`](Session::revision) moves, and binds events to its methods.

use crate::input::storage::{Designs, Entry, KeyValue, Mirror, Opened, SaveOutcome, StorageError};
use crate::input::table::Imported;
use crate::model::document::{ChartKind, Document, LoadError, OwnBoundaries, Row, Unit};
use crate::model::error::UserError;
use crate::model::goal::Goal;
use crate::model::history::History;
use crate::model::human::{self, Offer};
use crate::model::i18n::{Lang, Translator};
use crate::render::charts;
use crate::render::export::job::Output;
use crate::render::export::pack::{self, PackKind, PackRequest};

/// The Goal and chart a new design starts from.
const FIRST: (Goal, ChartKind) = (Goal::NoPoverty, ChartKind::BigNumber);

/// One user's editing session over a store of saved designs.
pub struct Session<S: KeyValue> {
    doc: Document,
    history: History<Document>,
    designs: Designs<S>,
    /// The graphic's words: the document's language once its words have arrived.
    graphic: Translator,
    /// Moves whenever the document changes.
    revision: u64,
    /// Moves whenever the table's rows are replaced, reordered or removed as a whole,
    /// so that the table's inputs are built again (typing in a cell does not move it,
    /// so focus is kept) and such a change is an undo step of its own.
    rows_version: u32,
    /// Whether a change waits to be saved.
    unsaved: bool,
}

/// What to show after the current design was deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterDelete {
    /// The most recent of the other designs.
    Open(String),
    /// There is none left: a new design.
    New,
}

/// A design being opened: its logo may have to be loaded first.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    /// The design's id.
    pub id: String,
    /// Its document, its logo maybe still a reference.
    pub doc: Document,
    /// The store key of the logo to load before [`Session::finish_open`].
    pub logo: Option<String>,
}

/// A file the editor is asked to make.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    /// The document as it is now.
    pub doc: Document,
    /// What to make of it.
    pub output: Output,
    /// The file's name: says what it is (`lnb-goal4-big-number-x-1600x900-en.png`).
    pub file_name: String,
    /// Its media type.
    pub mime: &'static str,
}

impl<S: KeyValue> Session<S> {
    /// A session over the designs opened from the store: the design the user was
    /// working on, or else the first example in the interface's language `lang`.
    pub fn new((designs, opened): (Designs<S>, Opened), lang: Lang) -> Session<S> {
        let doc = match opened {
            Opened::Restored(doc) => *doc,
            Opened::Empty | Opened::Unreadable { .. } => {
                charts::example(FIRST.0, FIRST.1, &Translator::new(lang))
            }
        };
        Session {
            graphic: Translator::new(doc.language),
            doc,
            history: History::default(),
            designs,
            revision: 0,
            rows_version: 0,
            unsaved: false,
        }
    }

    /// The document being edited.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// Moves whenever the document changes: what the UI renders.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Moves whenever the rows are replaced or reordered as a whole.
    pub fn rows_version(&self) -> u32 {
        self.rows_version
    }

    /// Whether a step can be undone, and one redone.
    pub fn can_undo_redo(&self) -> (bool, bool) {
        (self.history.can_undo(), self.history.can_redo())
    }

    /// Whether a change waits to be saved.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// The graphic's words, in the document's language (built again when the
    /// language changed, by an edit, undo, a design opened, or its words arriving).
    pub fn graphic_words(&mut self) -> &Translator {
        if self.graphic.lang() != self.doc.language {
            self.graphic = Translator::new(self.doc.language);
        }
        &self.graphic
    }

    /// The document and the graphic's words, to lay it out.
    pub fn doc_and_words(&mut self) -> (&Document, &Translator) {
        self.graphic_words();
        (&self.doc, &self.graphic)
    }

    /// Whether the document is still its Goal and chart's example, untouched.
    pub fn is_untouched_example(&mut self) -> bool {
        let (doc, tr) = self.doc_and_words();
        charts::is_untouched_example(doc, tr)
    }

    /// Changes the document with `f`, at `now` (milliseconds). A change is recorded
    /// as an undo step (rapid changes of one field merge into one) and waits to be
    /// saved; `f` changing nothing records nothing.
    pub fn edit<R>(&mut self, now: f64, f: impl FnOnce(&mut Document) -> R) -> R {
        let before = self.doc.clone();
        let out = f(&mut self.doc);
        self.changed(before, now);
        out
    }

    /// As [`edit`](Self::edit), for a change to the rows as a whole (reordered,
    /// removed, imported, an example's rows): the table is built again, and the change
    /// is an undo step of its own.
    pub fn edit_rows<R>(&mut self, now: f64, f: impl FnOnce(&mut Document) -> R) -> R {
        let before = self.doc.clone();
        let out = f(&mut self.doc);
        if before.rows != self.doc.rows {
            self.rows_version += 1;
        }
        self.changed(before, now);
        out
    }

    fn changed(&mut self, before: Document, now: f64) {
        if before == self.doc {
            return;
        }
        let key = (self.doc.changed_field(&before), self.rows_version);
        self.history.record(before, key, now);
        self.revision += 1;
        self.unsaved = true;
    }

    /// The ways to say the headline figure in human terms (see [`human::offers`]),
    /// compared with `population` if the user gave one; their arithmetic in the
    /// interface's words `ui`.
    pub fn human_terms(&mut self, population: Option<f64>, ui: &Translator) -> Vec<Offer> {
        let figure = self.doc.figure.clone();
        human::offers(&figure, population, self.graphic_words(), ui)
    }

    /// Puts an offer in the headline figure; the figure as published stays for the
    /// alt text. One undo step.
    pub fn take_offer(&mut self, offer: &Offer, now: f64) {
        self.edit(now, |doc| doc.say_figure_as(offer.figure.clone()));
    }

    /// Moves to `goal` and `chart` (each unchanged when None); an untouched example
    /// becomes the new one's.
    pub fn switch(&mut self, goal: Option<Goal>, chart: Option<ChartKind>, now: f64) {
        let goal = goal.unwrap_or(self.doc.goal);
        let chart = chart.unwrap_or(self.doc.chart);
        let tr = Translator::new(self.doc.language);
        self.edit_rows(now, |doc| charts::switch(doc, goal, chart, &tr));
    }

    /// Shows a table brought in from elsewhere (shared with the app, opened with it):
    /// in the first chart that reads a table when the current one reads none.
    pub fn receive_table(&mut self, now: f64) {
        if !charts::chart(self.doc.chart).fields.table {
            self.switch(None, Some(charts::first_table_chart()), now);
        }
    }

    /// Sets the graphic's language (its words fetched); an untouched example is
    /// translated with it.
    pub fn set_graphic_lang(&mut self, lang: Lang, now: f64) {
        let from = Translator::new(self.doc.language);
        let to = Translator::new(lang);
        self.edit_rows(now, |doc| charts::translate(doc, &from, &to));
        self.graphic = to;
    }

    /// Applies an imported table: its rows replace the table's or join them, and a
    /// table with a percent sign in it is read as percentages.
    pub fn import(&mut self, imported: &Imported, replace: bool, now: f64) {
        self.edit_rows(now, |doc| {
            if replace {
                doc.rows = imported.rows.clone();
            } else {
                doc.rows.extend(imported.rows.iter().cloned());
            }
            if imported.percent {
                doc.unit = Unit::Percent;
            }
        });
    }

    /// Moves row `index` up (`by` = -1) or down (1); false when it cannot move.
    pub fn move_row(&mut self, index: usize, by: isize, now: f64) -> bool {
        self.edit_rows(now, |doc| {
            let to = index
                .checked_add_signed(by)
                .filter(|&to| to < doc.rows.len() && index < doc.rows.len());
            to.map(|to| doc.rows.swap(index, to)).is_some()
        })
    }

    /// Relabels row `index` with `label` (a map's offer taken): one undo step, and the
    /// table is built again so its cell shows the new label.
    pub fn relabel_row(&mut self, index: usize, label: &str, now: f64) {
        self.edit_rows(now, |doc| {
            if let Some(row) = doc.rows.get_mut(index) {
                label.clone_into(&mut row.label);
            }
        });
    }

    /// Draws the map from a campaigner's own boundaries (None: the world's
    /// countries again): one undo step.
    pub fn use_boundaries(&mut self, own: Option<OwnBoundaries>, now: f64) {
        self.edit(now, |doc| doc.boundaries = own);
    }

    /// The keys of the own boundaries this browser must keep: those the saved
    /// designs refer to, and this design's (its save may not have landed yet).
    /// Boundaries an undo away were kept within the sweep's day of grace.
    pub fn boundaries_in_use(&self) -> Vec<String> {
        let mut keys = self.designs.boundaries_in_use();
        keys.extend(self.doc.boundaries.as_ref().map(|own| own.key.clone()));
        keys.sort();
        keys.dedup();
        keys
    }

    /// Names the own boundaries' areas by `property`, if it is one of those they
    /// `offer`.
    pub fn name_areas_by(&mut self, property: &str, offer: &[String], now: f64) {
        self.edit(now, |doc| {
            if let Some(own) = doc.boundaries.as_mut() {
                if offer.iter().any(|p| p == property) {
                    property.clone_into(&mut own.property);
                }
            }
        });
    }

    /// Adds a row without a value for each of `names` (the areas no row names yet),
    /// in place of the chart's example rows if the table is still those, after the
    /// rows typed otherwise: one undo step.
    pub fn add_areas(&mut self, names: &[String], now: f64) {
        let example = (charts::chart(self.doc.chart).example_rows)(self.graphic_words());
        self.edit_rows(now, |doc| {
            if doc.rows == example {
                doc.rows.clear();
            }
            doc.rows
                .extend(names.iter().map(|name| Row::new(name.clone(), None)));
        });
    }

    /// Removes row `index`, if there is one.
    pub fn remove_row(&mut self, index: usize, now: f64) {
        self.edit_rows(now, |doc| {
            if index < doc.rows.len() {
                doc.rows.remove(index);
            }
        });
    }

    /// Starts the history here: what the editor did as it opened (a partner's preset
    /// from the address) is where the user begins, not a step to undo.
    pub fn start_history_here(&mut self) {
        self.history = History::default();
    }

    /// Goes one step back; false when there is none.
    pub fn undo(&mut self) -> bool {
        let present = self.doc.clone();
        match self.history.undo(present) {
            Some(previous) => self.restore(previous),
            None => false,
        }
    }

    /// Goes one step forward; false when there is none.
    pub fn redo(&mut self) -> bool {
        let present = self.doc.clone();
        match self.history.redo(present) {
            Some(next) => self.restore(next),
            None => false,
        }
    }

    /// Shows `doc` as a whole without recording it as a step (it is saved).
    fn restore(&mut self, doc: Document) -> bool {
        self.doc = doc;
        self.rows_version += 1;
        self.revision += 1;
        self.unsaved = true;
        true
    }

    /// Another design becomes the one edited: its own history starts empty.
    fn replace(&mut self, doc: Document) {
        self.history = History::default();
        self.doc = doc;
        self.rows_version += 1;
        self.revision += 1;
    }

    /// The name of the design being edited ("" before its first save).
    pub fn current_name(&self) -> String {
        let current = self.designs.current();
        self.designs
            .list()
            .into_iter()
            .find(|e| Some(e.id.as_str()) == current)
            .map(|e| e.name)
            .unwrap_or_default()
    }

    /// The saved designs, most recent first.
    pub fn list(&self) -> Vec<Entry> {
        self.designs.list()
    }

    /// The id of the design being edited, once saved.
    pub fn current(&self) -> Option<&str> {
        self.designs.current()
    }

    /// The saved designs.
    pub fn designs(&self) -> &Designs<S> {
        &self.designs
    }

    /// The saved designs, for the store behind to take their writes.
    pub fn designs_mut(&mut self) -> &mut Designs<S> {
        &mut self.designs
    }

    /// A new design's name, and a copy's, in the interface's words `ui`.
    fn names(&self, ui: &Translator) -> (String, String) {
        let untitled = ui.text("untitled-design");
        let current = match self.current_name() {
            name if name.is_empty() => untitled.clone(),
            name => name,
        };
        let copy = format!("{current} {}", ui.text("copy-suffix"));
        (untitled, copy)
    }

    /// Saves the document as the current design (named in the interface's words
    /// `ui` if it is new). When another tab changed that design meanwhile, this one
    /// is saved as a copy and becomes current.
    pub fn save(&mut self, ui: &Translator, now: f64) -> Result<SaveOutcome, StorageError> {
        let (untitled, copy) = self.names(ui);
        self.unsaved = false;
        self.designs.save(&self.doc, &untitled, &copy, now)
    }

    /// Saves now if a change waits; what happened, if anything.
    pub fn save_if_unsaved(
        &mut self,
        ui: &Translator,
        now: f64,
    ) -> Option<Result<SaveOutcome, StorageError>> {
        self.unsaved.then(|| self.save(ui, now))
    }

    /// A new design (`copy`: a duplicate of this one, named as a copy; else the first
    /// example, untitled), saved and made the one edited.
    pub fn create(&mut self, copy: bool, ui: &Translator, now: f64) -> Result<(), StorageError> {
        let (untitled, copy_name) = self.names(ui);
        let (doc, name) = if copy {
            (self.doc.clone(), copy_name)
        } else {
            let doc = charts::example(FIRST.0, FIRST.1, self.graphic_words());
            (doc, untitled)
        };
        self.designs.create(&doc, &name, now)?;
        self.replace(doc);
        self.unsaved = false;
        Ok(())
    }

    /// Renames the current design; an empty name is the untitled one.
    pub fn rename(&mut self, name: &str, ui: &Translator) -> Result<(), StorageError> {
        let name = if name.trim().is_empty() {
            ui.text("untitled-design")
        } else {
            name.to_owned()
        };
        match self.designs.current().map(str::to_owned) {
            Some(id) => self.designs.rename(&id, &name),
            None => Ok(()),
        }
    }

    /// Deletes the current design, and says what to show instead.
    pub fn delete(&mut self) -> Result<AfterDelete, StorageError> {
        if let Some(id) = self.designs.current().map(str::to_owned) {
            self.designs.delete(&id)?;
        }
        Ok(match self.designs.list().first() {
            Some(next) => AfterDelete::Open(next.id.clone()),
            None => AfterDelete::New,
        })
    }

    /// Starts opening design `id` (it becomes current in the store at once); a change
    /// waiting to be saved must be saved first.
    pub fn open(&mut self, id: &str) -> Result<Opening, LoadError> {
        let doc = self.designs.switch(id)?;
        Ok(Opening {
            id: id.to_owned(),
            logo: self.designs.logo_wanted(&doc),
            doc,
        })
    }

    /// Opens a design from a share link as a new saved design (named in the
    /// interface's words `ui`), so the user's own work is untouched. It is shown even
    /// when the store refuses it (then it waits to be saved, and the error says why).
    pub fn open_shared(
        &mut self,
        doc: Document,
        ui: &Translator,
        now: f64,
    ) -> Result<(), StorageError> {
        let saved = self
            .designs
            .create(&doc, &ui.text("shared-design"), now)
            .map(|_| ());
        self.replace(doc);
        self.unsaved = saved.is_err();
        saved
    }

    /// Ends opening a design, its logo loaded: it becomes the one edited unless
    /// another was opened meanwhile (then false).
    pub fn finish_open(&mut self, opening: Opening) -> bool {
        if self.designs.current() != Some(opening.id.as_str()) {
            return false;
        }
        let doc = self.designs.with_logo(opening.doc);
        self.replace(doc);
        self.unsaved = false;
        true
    }

    /// The pack `kind` of the document as it is now.
    pub fn pack(&self, kind: PackKind<'_>) -> PackRequest {
        pack::request(&self.doc, kind)
    }

    /// The file `output` of the document as it is now.
    pub fn export(&self, output: Output) -> ExportRequest {
        ExportRequest {
            file_name: output.file_name(&self.doc.file_stem()),
            mime: output.mime(),
            output,
            doc: self.doc.clone(),
        }
    }
}

impl Session<Mirror> {
    /// Takes in what the store behind made of a batch of writes. Where another tab had
    /// changed a design meanwhile, its version stays and this tab's is kept too, as a
    /// copy named in the interface's words `ui`: saved again for the design edited
    /// here, kept at once for a design no longer open. True when a copy was made.
    pub fn written(
        &mut self,
        written: crate::input::storage::Written,
        ui: &Translator,
        now: f64,
    ) -> Result<bool, StorageError> {
        let current_lost = self.designs.written(written)?;
        let suffix = ui.text("copy-suffix");
        let kept = self
            .designs
            .keep_orphans(|name| format!("{name} {suffix}"), now)?;
        let forked = if current_lost {
            matches!(self.save(ui, now)?, SaveOutcome::Forked { .. })
        } else {
            false
        };
        Ok(forked || kept > 0)
    }

    /// Puts a logo loaded from the store behind into the saved designs.
    pub fn fill_logo(&mut self, key: &str, logo: String) {
        self.designs.store_mut().fill(key, logo);
    }
}

/// Every message id an error of this crate can show, with an example of each error,
/// for the tests that check the messages exist.
pub fn every_message_id() -> Vec<&'static str> {
    use crate::input::boundaries::BoundariesError;
    use crate::input::countries::CountriesError;
    use crate::input::share::ShareError;
    use crate::model::error::WebError;
    use crate::model::logo::LogoError;
    use crate::model::number::NumberError;
    use crate::render::export::job::BadRequest;
    use crate::render::export::pack::PackError;
    let errors: Vec<Box<dyn UserError>> = vec![
        Box::new(StorageError::Full),
        Box::new(StorageError::Unavailable),
        Box::new(LogoError::NotAnImage),
        Box::new(LogoError::TooLarge),
        Box::new(LogoError::BadSize),
        Box::new(NumberError::NotANumber),
        Box::new(NumberError::TooLarge),
        Box::new(ShareError::Malformed),
        Box::new(ShareError::TooLarge),
        Box::new(ShareError::TooNew(9)),
        Box::new(LoadError::Unreadable),
        Box::new(LoadError::TooNew(9)),
        Box::new(BadRequest(String::new())),
        Box::new(PackError(String::new())),
        Box::new(WebError::Fonts(String::new())),
        Box::new(WebError::Canvas(String::new())),
        Box::new(WebError::Download(String::new())),
        Box::new(WebError::Exporter(String::new())),
        Box::new(WebError::Export(String::new())),
        Box::new(WebError::Map(String::new())),
        Box::new(CountriesError),
        Box::new(BoundariesError::NotTopology),
        Box::new(BoundariesError::Broken),
        Box::new(BoundariesError::TooLarge),
        Box::new(BoundariesError::NoAreas),
    ];
    errors.iter().map(|e| e.message_id()).collect()
}

#[cfg(test)]
mod tests;
