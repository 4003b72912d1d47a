//! The editor's operations, as a user meets them, without a browser.

use super::*;
use crate::input::storage::MemoryStore;
use crate::input::table::read_table;
use crate::model::document::{read_year, Row};
use crate::model::number::NumberError;

const ONE_SECOND: f64 = 1000.0;

fn en() -> Translator {
    Translator::new(Lang::En)
}

fn session() -> Session<MemoryStore> {
    Session::new(Designs::open(MemoryStore::default()), Lang::En)
}

fn bars() -> Session<MemoryStore> {
    let mut s = session();
    s.switch(None, Some(ChartKind::Bars), 0.0);
    s
}

#[test]
fn a_first_visit_starts_from_the_first_example_and_a_return_from_the_last_design() {
    let s = session();
    assert_eq!(
        s.doc(),
        &charts::example(Goal::NoPoverty, ChartKind::BigNumber, &en())
    );
    let mut store = MemoryStore::default();
    let (mut designs, _) = Designs::open(store.clone());
    let mut mine = charts::example(Goal::ZeroHunger, ChartKind::Trend, &en());
    mine.statement = "Mine".into();
    designs.save(&mine, "A", "A copy", 1.0).expect("saved");
    store = designs.store().clone();
    let back = Session::new(Designs::open(store), Lang::Fr);
    assert_eq!(back.doc(), &mine);
}

#[test]
fn typing_in_one_field_is_one_undo_step_and_a_pause_starts_another() {
    let mut s = session();
    let start = s.doc().clone();
    for (i, text) in ["W", "Wo", "Wor", "Word"].into_iter().enumerate() {
        s.edit(i as f64 * 100.0, |d| d.statement = text.into());
    }
    assert_eq!(s.revision(), 4);
    s.edit(5.0 * ONE_SECOND, |d| d.statement = "Words".into());
    assert_eq!(s.can_undo_redo(), (true, false));
    assert!(s.undo());
    assert_eq!(s.doc().statement, "Word");
    assert!(s.undo());
    assert_eq!(s.doc(), &start);
    assert!(!s.undo(), "nothing left to undo");
    assert!(s.redo());
    assert_eq!(s.doc().statement, "Word");
    assert_eq!(s.can_undo_redo(), (true, true));
}

#[test]
fn what_the_editor_does_as_it_opens_is_not_a_step_to_undo() {
    let mut s = session();
    s.switch(Some(Goal::GenderEquality), None, 0.0);
    s.edit(1.0, |d| d.hashtag = "#Partner".into());
    s.start_history_here();
    assert_eq!(s.can_undo_redo(), (false, false));
    assert!(s.unsaved(), "the preset's design is still saved");
}

#[test]
fn an_edit_that_changes_nothing_is_no_step_and_needs_no_save() {
    let mut s = session();
    let title = s.doc().statement.clone();
    s.edit(0.0, |d| d.statement = title);
    assert_eq!(
        (s.revision(), s.can_undo_redo(), s.unsaved()),
        (0, (false, false), false)
    );
}

#[test]
fn reordering_rows_rebuilds_the_table_and_each_move_is_its_own_step() {
    let mut s = bars();
    let version = s.rows_version();
    let labels = |s: &Session<MemoryStore>| -> Vec<String> {
        s.doc().rows.iter().map(|r| r.label.clone()).collect()
    };
    let before = labels(&s);
    assert!(s.move_row(0, 1, 10.0));
    assert!(s.move_row(1, 1, 20.0), "moves within 800 ms do not merge");
    assert!(!s.move_row(0, -1, 30.0), "the first row cannot go up");
    assert!(!s.move_row(99, 1, 30.0));
    assert_eq!(s.rows_version(), version + 2);
    assert!(s.undo());
    assert!(s.undo());
    assert_eq!(labels(&s), before);
    s.remove_row(0, 40.0);
    assert_eq!(s.doc().rows.len(), before.len() - 1);
    s.remove_row(99, 50.0);
    assert_eq!(s.doc().rows.len(), before.len() - 1);
}

#[test]
fn taking_a_maps_offer_relabels_the_row_as_one_step() {
    let mut s = bars();
    let (version, before) = (s.rows_version(), s.doc().rows[1].label.clone());
    s.relabel_row(1, "Côte-d'Ivoire", 10.0);
    s.relabel_row(99, "nowhere", 20.0);
    assert_eq!(s.doc().rows[1].label, "Côte-d'Ivoire");
    assert_eq!(
        s.rows_version(),
        version + 1,
        "the table shows the new label"
    );
    assert!(s.undo());
    assert_eq!(s.doc().rows[1].label, before);
}

/// A map's own boundaries: used, named by another property, listed into the table
/// (in place of the example's rows, after rows typed), and let go, each one step.
#[test]
fn own_boundaries_are_used_named_listed_and_let_go_as_steps() {
    let mut s = session();
    s.switch(None, Some(ChartKind::Map), 0.0);
    let labels = |s: &Session<MemoryStore>| -> Vec<String> {
        s.doc().rows.iter().map(|r| r.label.clone()).collect()
    };
    let own = OwnBoundaries {
        key: "k".into(),
        file: "counties.geojson".into(),
        property: "NAME".into(),
    };
    let offer = ["NAME".to_owned(), "CODE".to_owned()];
    s.use_boundaries(Some(own.clone()), 1_000.0);
    assert_eq!(s.doc().boundaries.as_ref(), Some(&own));
    s.name_areas_by("CODE", &offer, 2_000.0);
    s.name_areas_by("nothing offered", &offer, 3_000.0);
    assert_eq!(
        s.doc().boundaries.as_ref().map(|b| b.property.as_str()),
        Some("CODE")
    );
    let areas = vec!["Nairobi".to_owned(), "Kisumu".to_owned()];
    s.add_areas(&areas, 4_000.0);
    assert_eq!(labels(&s), areas, "the example's world rows give way");
    s.relabel_row(0, "Nairobi City", 5_000.0);
    s.add_areas(&["Mombasa".to_owned()], 6_000.0);
    assert_eq!(
        labels(&s),
        ["Nairobi City", "Kisumu", "Mombasa"],
        "typed rows are kept"
    );
    assert!(s.doc().rows.iter().all(|r| r.value.is_none()));
    s.use_boundaries(None, 7_000.0);
    assert_eq!(s.doc().boundaries, None);
    assert!(s.undo());
    assert_eq!(
        s.doc().boundaries.as_ref().map(|b| b.property.as_str()),
        Some("CODE")
    );
}

/// The boundaries this browser must keep: a saved design's and this design's; a
/// deleted design's, and one this design no longer uses, are not.
#[test]
fn the_boundaries_kept_are_those_a_saved_design_or_this_one_may_need() {
    let mut s = session();
    s.switch(None, Some(ChartKind::Map), 0.0);
    let own = |key: &str| OwnBoundaries {
        key: key.into(),
        file: format!("{key}.geojson"),
        property: "NAME".into(),
    };
    assert!(s.boundaries_in_use().is_empty());
    s.use_boundaries(Some(own("saved")), 1_000.0);
    s.save(&en(), 2_000.0).expect("saved");
    s.create(false, &en(), 3_000.0).expect("a new design");
    s.switch(None, Some(ChartKind::Map), 4_000.0);
    s.use_boundaries(Some(own("undone")), 5_000.0);
    s.use_boundaries(Some(own("redone")), 6_000.0);
    s.use_boundaries(Some(own("now")), 7_000.0);
    assert!(s.undo());
    assert_eq!(s.boundaries_in_use(), ["redone", "saved"]);
    // The first design deleted: its boundaries go with it.
    let first = s
        .list()
        .iter()
        .find(|e| Some(e.id.as_str()) != s.current())
        .map(|e| e.id.clone())
        .expect("the first design");
    s.designs_mut().delete(&first).expect("deleted");
    assert_eq!(s.boundaries_in_use(), ["redone"]);
}

#[test]
fn switching_replaces_an_untouched_example_and_keeps_what_was_typed() {
    let mut s = session();
    let version = s.rows_version();
    s.switch(Some(Goal::ZeroHunger), Some(ChartKind::Bars), 0.0);
    assert_eq!(
        s.doc().rows,
        charts::example(Goal::ZeroHunger, ChartKind::Bars, &en()).rows
    );
    assert!(
        s.rows_version() > version,
        "new rows: the table is built again"
    );
    s.edit(ONE_SECOND, |d| d.statement = "My words".into());
    s.switch(Some(Goal::GoodHealth), None, 3.0 * ONE_SECOND);
    assert_eq!(
        (s.doc().goal, s.doc().statement.as_str()),
        (Goal::GoodHealth, "My words")
    );
}

#[test]
fn a_shared_table_lands_in_a_chart_that_reads_a_table() {
    let mut s = session();
    s.receive_table(0.0);
    assert!(charts::chart(s.doc().chart).fields.table);
    s.switch(None, Some(ChartKind::Trend), 1.0);
    s.receive_table(2.0);
    assert_eq!(s.doc().chart, ChartKind::Trend, "a table chart stays");
}

#[test]
fn the_graphic_language_translates_an_untouched_example_only() {
    let mut s = bars();
    s.set_graphic_lang(Lang::Fr, 0.0);
    assert_eq!(s.doc().language, Lang::Fr);
    assert_eq!(s.graphic_words().lang(), Lang::Fr);
    assert_eq!(
        s.doc().rows[0].label,
        Translator::new(Lang::Fr).text("group-poorest")
    );
    s.edit(ONE_SECOND, |d| d.statement = "Mes mots".into());
    s.set_graphic_lang(Lang::Es, 3.0 * ONE_SECOND);
    assert_eq!(s.doc().statement, "Mes mots");
    assert!(s.undo());
    assert_eq!(s.doc().language, Lang::Fr);
    assert_eq!(
        s.graphic_words().lang(),
        Lang::Fr,
        "undo brings the words back too"
    );
}

#[test]
fn an_import_replaces_or_joins_the_rows_and_a_percent_sign_sets_the_unit() {
    let mut s = bars();
    s.edit(0.0, |d| d.unit = Unit::Number);
    let count = s.doc().rows.len();
    let imported = read_table("Rural\t41%\nUrban\t12%\n");
    s.import(&imported, false, ONE_SECOND);
    assert_eq!(s.doc().rows.len(), count + 2);
    assert_eq!(s.doc().unit, Unit::Percent);
    s.import(&imported, true, 2.0 * ONE_SECOND);
    assert_eq!(s.doc().rows, imported.rows);
    assert!(s.undo());
    assert_eq!(s.doc().rows.len(), count + 2, "an import is one step");
}

#[test]
fn a_value_that_is_not_a_number_is_kept_as_typed_and_says_why() {
    let mut row = Row::new("Rural", None);
    assert_eq!(
        row.type_value("abc".into(), Lang::En),
        Err(NumberError::NotANumber)
    );
    assert_eq!((row.value, row.typed.as_deref()), (None, Some("abc")));
    assert_eq!(row.value_cell(Unit::Percent, Lang::En), "abc");
    assert_eq!(row.value_problem(Lang::En), Some(NumberError::NotANumber));
    assert_eq!(row.type_value("1 234,5".into(), Lang::Fr), Ok(()));
    assert_eq!((row.value, row.typed.as_deref()), (Some(1234.5), None));
    assert_eq!(row.value_problem(Lang::Fr), None);
    row.value = Some(-3.5);
    assert_eq!(
        row.value_cell(Unit::Number, Lang::En),
        "-3.5",
        "a minus typable anywhere"
    );
}

#[test]
fn a_year_cell_reads_the_same_years_in_the_editor_and_an_import() {
    for (cell, year) in [
        ("2019", Some(2019)),
        (" 1900 ", Some(1900)),
        ("1899", None),
        ("2101", None),
        ("soon", None),
    ] {
        let mut row = Row::new("", None);
        row.type_year(cell);
        assert_eq!(row.year, year, "{cell}");
        assert_eq!(read_year(cell), year);
        let imported = read_table(&format!("a\t1\t{cell}\nb\t2\t2000"));
        assert_eq!(imported.rows[0].year, year, "import of {cell}");
    }
}

#[test]
fn a_target_that_is_not_a_number_leaves_none() {
    let mut s = session();
    s.switch(None, Some(ChartKind::Trend), 0.0);
    assert_eq!(s.edit(1.0, |d| d.type_target("75")), Ok(()));
    assert_eq!(s.doc().target, Some(75.0));
    assert_eq!(
        s.edit(2.0, |d| d.type_target("lots")),
        Err(NumberError::NotANumber)
    );
    assert_eq!(s.doc().target, None);
}

#[test]
fn saving_names_a_new_design_and_a_clash_with_another_tab_makes_a_named_copy() {
    let mut s = session();
    s.edit(0.0, |d| d.statement = "Mine".into());
    assert!(s.unsaved());
    assert_eq!(s.save_if_unsaved(&en(), 1.0), Some(Ok(SaveOutcome::Saved)));
    assert_eq!(s.save_if_unsaved(&en(), 2.0), None, "nothing waits");
    assert_eq!(s.current_name(), "Untitled design");
    let id = s.current().expect("saved").to_owned();
    // Another tab writes the same design.
    let key = format!("lnb-studio/design/{id}");
    let theirs = s
        .designs()
        .store()
        .get(&key)
        .expect("stored")
        .replace("Mine", "Theirs");
    s.designs_mut()
        .store_mut()
        .set(&key, &theirs)
        .expect("written");
    s.edit(3.0, |d| d.statement = "Mine again".into());
    let outcome = s.save(&en(), 4.0).expect("saved");
    assert!(matches!(outcome, SaveOutcome::Forked { .. }), "{outcome:?}");
    assert_eq!(s.current_name(), "Untitled design (copy)");
    assert_eq!(s.list().len(), 2);
}

#[test]
fn new_duplicate_rename_and_delete_designs() {
    let mut s = session();
    s.edit(0.0, |d| d.statement = "First".into());
    s.save(&en(), 1.0).expect("saved");
    s.rename("Nairobi poster", &en()).expect("renamed");
    s.create(true, &en(), 2.0).expect("duplicated");
    assert_eq!(s.current_name(), "Nairobi poster (copy)");
    assert_eq!(s.doc().statement, "First");
    assert_eq!(
        s.can_undo_redo(),
        (false, false),
        "a design's history is its own"
    );
    s.rename("  ", &en()).expect("renamed");
    assert_eq!(s.current_name(), "Untitled design");
    s.create(false, &en(), 3.0).expect("created");
    assert_eq!(
        s.doc(),
        &charts::example(Goal::NoPoverty, ChartKind::BigNumber, &en())
    );
    assert_eq!(s.list().len(), 3);
    let next = s.delete().expect("deleted");
    assert_eq!(next, AfterDelete::Open(s.list()[0].id.clone()));
    assert_eq!(s.list().len(), 2);
    for _ in 0..2 {
        if let AfterDelete::Open(id) = s.delete().expect("deleted") {
            let opening = s.open(&id).expect("opens");
            assert!(s.finish_open(opening));
        }
    }
    assert_eq!(s.delete(), Ok(AfterDelete::New));
}

#[test]
fn a_design_opened_while_another_loads_wins() {
    let mut s = session();
    s.edit(0.0, |d| d.statement = "A".into());
    s.save(&en(), 1.0).expect("saved");
    let a = s.current().expect("a").to_owned();
    s.create(false, &en(), 2.0).expect("b");
    let b = s.current().expect("b").to_owned();
    let slow = s.open(&a).expect("a opens");
    let quick = s.open(&b).expect("b opens");
    assert!(s.finish_open(quick));
    assert!(!s.finish_open(slow), "a's logo arrived after b was opened");
    assert_eq!(s.current(), Some(b.as_str()));
    assert_ne!(s.doc().statement, "A");
}

#[test]
fn an_export_request_names_its_file() {
    let mut s = session();
    let png = s.export(Output::Png { scale: 2.0 });
    assert_eq!(png.file_name, "lnb-goal1-big-number-x-1600x900-en@2x.png");
    assert_eq!(png.mime, "image/png");
    s.edit(0.0, |d| d.language = Lang::Ar);
    let pdf = s.export(Output::Pdf);
    assert_eq!(pdf.file_name, "lnb-goal1-big-number-x-1600x900-ar.pdf");
    assert_eq!(pdf.doc, *s.doc());
}

#[test]
fn each_failure_has_its_own_message() {
    let ids = every_message_id();
    let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
    assert_eq!(
        distinct.len(),
        ids.len() - 1,
        "each failure its own message, but a bad request and a failed export: {ids:?}"
    );
}

#[test]
fn a_shared_design_opens_as_a_design_of_its_own_and_the_example_is_known() {
    let mut s = session();
    assert!(s.is_untouched_example());
    s.edit(0.0, |d| d.statement = "Mine".into());
    s.save(&en(), 1.0).expect("saved");
    assert!(!s.is_untouched_example());
    let mut shared = charts::example(Goal::QualityEducation, ChartKind::Donut, &en());
    shared.statement = "From a link".into();
    s.open_shared(shared.clone(), &en(), 2.0).expect("kept");
    assert_eq!(s.doc(), &shared);
    assert_eq!(s.current_name(), "Shared design");
    assert_eq!(s.list().len(), 2, "the user's own design is still there");
    assert!(!s.unsaved());
}

#[test]
fn a_pack_request_names_its_zip_after_the_design_and_the_pack() {
    let s = session();
    let formats = s.pack(PackKind::Formats);
    assert_eq!(
        formats.file_name,
        "lnb-goal1-big-number-x-1600x900-en-formats.zip"
    );
    assert_eq!(
        formats.members.len(),
        crate::model::format::Format::ALL.len()
    );
    let languages = s.pack(PackKind::Languages);
    assert!(languages.file_name.ends_with("-languages.zip"));
    assert_eq!(languages.members.len(), Lang::ALL.len());
    let places = crate::input::table::read_places("Place,Share\nTurkana,36\nMandera,41\n");
    let rows = s.pack(PackKind::Rows {
        places: &places,
        every_language: false,
    });
    assert_eq!(
        (rows.members.len(), rows.file_name.ends_with("-places.zip")),
        (2, true)
    );
    let every = PackKind::Rows {
        places: &places,
        every_language: true,
    };
    assert_eq!(s.pack(every).members.len(), 2 * Lang::ALL.len());
    assert!(every.needs_every_language() && PackKind::Languages.needs_every_language());
    assert!(!PackKind::Formats.needs_every_language());
}

#[test]
fn a_figure_said_in_human_terms_keeps_the_published_one_for_the_alt_text() {
    let mut s = session();
    assert_eq!(s.doc().figure, "712 million");
    let offers = s.human_terms(None, &en());
    let one_in = offers
        .iter()
        .find(|o| o.figure == "1 in 12")
        .expect("offered");
    s.take_offer(one_in, 0.0);
    let per_day = s.human_terms(None, &en());
    assert!(
        per_day.is_empty(),
        "\"1 in 12\" has no other terms: {per_day:?}"
    );
    assert_eq!(
        (s.doc().figure.as_str(), s.doc().figure_was.as_str()),
        ("1 in 12", "712 million")
    );
    let alt = crate::render::export::words::alt_text(s.doc(), &en());
    assert!(
        alt.contains("1 in 12 people were living in extreme poverty"),
        "{alt}"
    );
    assert!(
        alt.contains("The figure as published: 712 million."),
        "{alt}"
    );
    assert!(s.undo());
    assert_eq!(
        (s.doc().figure.as_str(), s.doc().figure_was.as_str()),
        ("712 million", "")
    );
    // A figure the user types is their own: the published one no longer applies.
    s.take_offer(one_in, 1.0);
    s.edit(5000.0, |d| d.type_figure("1 in 10".into()));
    assert_eq!(s.doc().figure_was, "");
    // Kept out of saves while empty, so version-2 saves read and write as before.
    let json = crate::model::document::Saved::new(s.doc().clone()).to_json();
    assert!(
        !json.contains("figure_was") && !json.contains("photocopy"),
        "{json}"
    );
}
