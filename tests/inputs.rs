//! Every reader of user input survives anything: number cells (in every language),
//! pasted tables, places CSVs, share links, saved drafts, address presets and logo data
//! URLs are fed arbitrary text and must answer, never panic. The checks on each
//! answer live in `lnb_studio::untrusted`, which the fuzz targets call too.
#![cfg(not(target_arch = "wasm32"))]

use lnb_studio::input::share;
use lnb_studio::input::table::{read_table, MAX_ROWS};
use lnb_studio::model::document::Saved;
use lnb_studio::model::i18n::Lang;
use lnb_studio::model::number::parse_number;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn number_cells_answer_and_never_return_a_non_finite_value(text in "\\PC{0,40}|[0-9.,% -]{0,20}") {
        if let Ok(Some(v)) = parse_number(&text, Lang::En) {
            prop_assert!(v.is_finite());
        }
    }

    #[test]
    fn pasted_tables_answer_within_their_limits(text in "(\\PC{0,12}[\\t,;\\n\"]){0,60}") {
        let imported = read_table(&text);
        prop_assert!(imported.rows.len() <= MAX_ROWS);
        prop_assert!(imported.rows.iter().all(|r| r.value.is_none_or(f64::is_finite)));
    }

    #[test]
    fn share_links_answer(fragment in "d=[0-9]{0,2}\\.[A-Za-z0-9_-]{0,200}|\\PC{0,100}") {
        let _ = share::decode(&fragment);
    }

    #[test]
    fn numbers_in_every_language_answer(text in "[0-9٠-٩۰-۹.,٫٬ \u{a0}\u{202f}%+−-]{0,24}|\\PC{0,30}") {
        lnb_studio::untrusted::number(text.as_bytes());
    }

    #[test]
    fn places_csvs_answer(text in "(\\PC{0,10}[,;\\t\\n\"]){0,80}") {
        lnb_studio::untrusted::places(text.as_bytes());
    }

    #[test]
    fn address_presets_answer_and_read_back(query in "\\??(([a-z]{1,6}|embed|lang|goal|format|chart|scope|place|logo|lock)=([^&#]{0,16})&){0,8}") {
        lnb_studio::untrusted::preset(query.as_bytes());
    }

    #[test]
    fn logo_data_urls_answer(bytes in proptest::collection::vec(any::<u8>(), 0..64), tail in "data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=]{0,40}") {
        let mut data = bytes;
        data.extend_from_slice(tail.as_bytes());
        lnb_studio::untrusted::logo(&data);
    }

    #[test]
    fn saved_drafts_answer(json in "\\{\"version\":[0-9]{1,3},\"document\":\\PC{0,120}\\}|\\PC{0,80}") {
        let _ = Saved::load(&json);
    }
}

#[test]
fn a_share_link_of_a_megabyte_is_refused_quickly() {
    let fragment = format!("d=2.{}", "A".repeat(1024 * 1024));
    assert!(share::decode(&fragment).is_err());
}

/// A share link and a saved design made by the build before the seventeen Goals, the
/// human terms, the QR codes and the photocopier option (commit cfdacbf, a French Goal
/// 4 bars design with words of its own): they open unchanged, and the design written
/// again is the same text, so older builds still read what this one writes.
#[test]
fn a_link_and_a_save_from_before_seventeen_goals_open_unchanged() {
    let link = include_str!("fixtures/share-link-cfdacbf.txt").trim();
    let saved = include_str!("fixtures/saved-design-cfdacbf.json").trim();
    let from_link = share::decode(link.trim_start_matches('#')).expect("the old link opens");
    let from_save = Saved::load(saved).expect("the old save opens");
    assert_eq!(from_link, from_save);
    assert_eq!(
        from_save.statement,
        "Part des jeunes qui terminent le secondaire"
    );
    assert!(!from_save.photocopy && from_save.figure_was.is_empty());
    assert_eq!(
        Saved::new(from_save.clone()).to_json(),
        saved,
        "written back byte for byte"
    );
    assert_eq!(share::link_json(&from_save), share::link_json(&from_link));
}
