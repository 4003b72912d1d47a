//! Every reader of user input survives anything: number cells, pasted tables, share
//! links and saved drafts are fed arbitrary text and must answer, never panic.
#![cfg(not(target_arch = "wasm32"))]

use lnb_studio::document::Saved;
use lnb_studio::i18n::Lang;
use lnb_studio::number::parse_number;
use lnb_studio::share;
use lnb_studio::table_import::{read_table, MAX_ROWS};
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
    fn saved_drafts_answer(json in "\\{\"version\":[0-9]{1,3},\"document\":\\PC{0,120}\\}|\\PC{0,80}") {
        let _ = Saved::load(&json);
    }
}

#[test]
fn a_share_link_of_a_megabyte_is_refused_quickly() {
    let fragment = format!("d=2.{}", "A".repeat(1024 * 1024));
    assert!(share::decode(&fragment).is_err());
}
