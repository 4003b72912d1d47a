//! Replays the fuzz corpus (`fuzz/corpus/<target>/`) and anything the fuzzer ever found
//! (`fuzz/artifacts/<target>/`) through the same functions the fuzz targets call, on
//! stable Rust, so a fixed crash stays fixed. `make fuzz` grows the corpus.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use lnb_studio::untrusted;

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 9] = [
    ("number", untrusted::number),
    ("table", untrusted::table),
    ("places", untrusted::places),
    ("share_link", untrusted::share_link),
    ("saved_draft", untrusted::saved_draft),
    ("preset", untrusted::preset),
    ("logo", untrusted::logo),
    ("document", untrusted::document),
    ("boundaries", untrusted::boundaries),
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn inputs(target: &str) -> Vec<PathBuf> {
    ["corpus", "artifacts"]
        .iter()
        .filter_map(|kind| std::fs::read_dir(fuzz_dir().join(kind).join(target)).ok())
        .flatten()
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect()
}

#[test]
fn every_kept_input_is_survived() {
    for (target, run) in TARGETS {
        let files = inputs(target);
        assert!(!files.is_empty(), "fuzz/corpus/{target}/ has seeds");
        for file in files {
            let data = std::fs::read(&file).expect("read corpus file");
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{target} panicked on {}", file.display());
        }
    }
}

/// Writes the seed corpus (run once by hand: `cargo test --test fuzz_corpus -- --ignored`).
#[test]
#[ignore]
fn write_seeds() {
    use lnb_studio::model::document::{ChartKind, Saved};
    use lnb_studio::model::goal::Goal;
    use lnb_studio::model::i18n::{Lang, Translator};
    let seeds: Vec<(&str, &str, Vec<u8>)> = {
        let tr = Translator::new(Lang::Fr);
        let mut odd = lnb_studio::render::charts::example(
            Goal::GenderEquality,
            ChartKind::Trend,
            &Translator::new(Lang::Ar),
        );
        odd.statement = "e\u{301}\u{200b}\u{202e}abc 🙂 ".repeat(50);
        odd.rows[1].value = Some(-0.0);
        let bars = lnb_studio::render::charts::example(Goal::ZeroHunger, ChartKind::Bars, &tr);
        let link = lnb_studio::input::share::encode(&bars);
        let fragment = link
            .split_once("#")
            .map_or(link.as_str(), |(_, f)| f)
            .to_owned();
        vec![
            ("number", "plain", b"1,234.5".to_vec()),
            ("number", "arabic", "٣٤".as_bytes().to_vec()),
            ("number", "huge", b"1e308".to_vec()),
            ("number", "percent", "12,5\u{a0}%".as_bytes().to_vec()),
            ("table", "tsv", b"Group\tShare\nPoorest\t12,5%\nRichest\t68%\n".to_vec()),
            ("table", "csv", b"\"Nairobi, City\",\"1,234\"\nMombasa,NaN\n".to_vec()),
            ("places", "counties", b"County,Rural,Urban\nTurkana,41.5,60\nMarsabit,38,\n".to_vec()),
            ("share_link", "valid", fragment.clone().into_bytes()),
            ("share_link", "tampered", fragment.replacen('A', "B", 3).into_bytes()),
            ("saved_draft", "french-bars", Saved::new(bars.clone()).to_json().into_bytes()),
            ("saved_draft", "version-1", br#"{"version":1,"document":{"goal":3,"format":"x-landscape","chart":"big-number","figure":"4.5 billion","statement":"s","source":"WHO","language":"en"}}"#.to_vec()),
            ("preset", "partner", b"?embed=1&lang=fr&goal=2&format=story&place=R%C3%A9gion&lock=goal,lang&logo=a/b.png".to_vec()),
            ("logo", "png", b"\x10\x00\x10\x00data:image/png;base64,iVBORw0KGgo=".to_vec()),
            ("document", "arabic-trend", Saved::new(odd).to_json().into_bytes()),
            ("document", "french-bars", Saved::new(bars).to_json().into_bytes()),
        ]
    };
    for (target, name, bytes) in seeds {
        let dir = fuzz_dir().join("corpus").join(target);
        std::fs::create_dir_all(&dir).expect("corpus dir");
        std::fs::write(dir.join(name), bytes).expect("write seed");
    }
}
