//! Share links: the whole document in the URL fragment (never sent to a server),
//! as `#z=2.` + base64url(zlib(JSON)). The number is the document version, so an
//! old link is migrated like an old draft; zlib's checksum (Adler-32) refuses a link
//! damaged in copying even where it still inflates. Links of the first form,
//! `#d=2.` + base64url(deflate(JSON)) without a checksum, still open. A tampered,
//! truncated, oversized or too-new link is refused with a [`ShareError`], never a
//! panic.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::model::document::{Document, LoadError, Saved, CURRENT_VERSION};

/// The fragment's key: `#z=…`.
pub const KEY: &str = "z=";
/// The key of the first links, whose deflate stream carries no checksum.
pub const LEGACY_KEY: &str = "d=";
/// The longest fragment accepted, in bytes (a link is typed into chats and QR codes;
/// a real document compresses to a few hundred bytes).
pub const MAX_LINK: usize = 64 * 1024;
/// The most bytes a link may inflate to.
const MAX_JSON: usize = 1024 * 1024;

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a link made by LNB Studio, or damaged in copying.
    Malformed,
    /// Longer than [`MAX_LINK`] or inflating beyond a megabyte.
    TooLarge,
    /// Made by a newer LNB Studio.
    TooNew(u32),
}

/// The fragment for `doc`, without the `#`. The logo is left out: a logo would make
/// the link too long to share, and the partner adds it again. (The browser compresses
/// [`link_json`] with its own `CompressionStream`, so the editor carries no deflate
/// code, and hands the result to [`fragment`].)
pub fn encode(doc: &Document) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(link_json(doc).as_bytes(), 9);
    fragment(&packed)
}

/// What a link to `doc` carries, before compression: its save, without the logo.
pub fn link_json(doc: &Document) -> String {
    let doc = Document {
        logo: None,
        ..doc.clone()
    };
    Saved::new(doc).to_json()
}

/// The fragment for a zlib stream of [`link_json`].
pub fn fragment(zlib: &[u8]) -> String {
    format!("{KEY}{CURRENT_VERSION}.{}", URL_SAFE_NO_PAD.encode(zlib))
}

/// `bytes` as a zlib stream of stored (uncompressed) blocks: a valid link where the
/// browser has no `CompressionStream` (before Safari 16.4), only longer.
pub fn stored_zlib(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let mut blocks = bytes.chunks(0xffff).peekable();
    if blocks.peek().is_none() {
        out.extend([1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        let last = u8::from(blocks.peek().is_none());
        let len = block.len() as u16;
        out.push(last);
        out.extend(len.to_le_bytes());
        out.extend((!len).to_le_bytes());
        out.extend(block);
    }
    // Adler-32 of the bytes, big-endian.
    let (a, b) = bytes.iter().fold((1u32, 0u32), |(a, b), &byte| {
        let a = (a + u32::from(byte)) % 65521;
        (a, (b + a) % 65521)
    });
    out.extend(((b << 16) | a).to_be_bytes());
    out
}

/// Whether a fragment (without the `#`) is a share link at all.
pub fn is_share_link(fragment: &str) -> bool {
    fragment.starts_with(KEY) || fragment.starts_with(LEGACY_KEY)
}

/// Reads a fragment made by [`encode`], of this or an older version.
pub fn decode(fragment: &str) -> Result<Document, ShareError> {
    if fragment.len() > MAX_LINK {
        return Err(ShareError::TooLarge);
    }
    let (body, checked) = match (
        fragment.strip_prefix(KEY),
        fragment.strip_prefix(LEGACY_KEY),
    ) {
        (Some(body), _) => (body, true),
        (None, Some(body)) => (body, false),
        (None, None) => return Err(ShareError::Malformed),
    };
    let (version, data) = body.split_once('.').ok_or(ShareError::Malformed)?;
    let version: u32 = version.parse().map_err(|_| ShareError::Malformed)?;
    if version > CURRENT_VERSION {
        return Err(ShareError::TooNew(version));
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| ShareError::Malformed)?;
    let inflated = if checked {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_JSON)
    } else {
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON)
    };
    let json = inflated.map_err(|e| {
        if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
            ShareError::TooLarge
        } else {
            ShareError::Malformed
        }
    })?;
    let json = String::from_utf8(json).map_err(|_| ShareError::Malformed)?;
    // The envelope's own version must be the link's.
    match Saved::load(&json) {
        Ok(doc) if json.contains(&format!("\"version\":{version}")) => Ok(doc),
        Ok(_)
        | Err(LoadError::Unreadable | LoadError::Invalid { .. } | LoadError::UnknownVersion(_)) => {
            Err(ShareError::Malformed)
        }
        Err(LoadError::TooNew(v)) => Err(ShareError::TooNew(v)),
    }
}

impl crate::model::error::UserError for ShareError {
    fn message_id(&self) -> &'static str {
        match self {
            ShareError::Malformed => "share-malformed",
            ShareError::TooLarge => "share-too-large",
            ShareError::TooNew(_) => "share-too-new",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::ChartKind;
    use crate::model::goal::Goal;
    use crate::model::i18n::{Lang, Translator};
    use crate::model::logo::Logo;

    fn doc() -> Document {
        crate::render::charts::example(
            Goal::GenderEquality,
            ChartKind::Bars,
            &Translator::new(Lang::En),
        )
    }

    #[test]
    fn a_link_of_stored_blocks_opens_like_a_compressed_one() {
        let tr = Translator::new(Lang::Sw);
        let doc = crate::render::charts::example(Goal::QualityEducation, ChartKind::Bars, &tr);
        let stored = fragment(&stored_zlib(link_json(&doc).as_bytes()));
        assert_eq!(decode(&stored), decode(&encode(&doc)));
        assert_eq!(
            decode(&stored).map(|d| d.statement),
            Ok(doc.statement.clone())
        );
        let long = "x".repeat(70_000);
        let inflated = miniz_oxide::inflate::decompress_to_vec_zlib(&stored_zlib(long.as_bytes()));
        assert_eq!(
            inflated.ok().as_deref(),
            Some(long.as_bytes()),
            "two blocks"
        );
        let empty = miniz_oxide::inflate::decompress_to_vec_zlib(&stored_zlib(b""));
        assert_eq!(empty.ok(), Some(Vec::new()));
    }

    #[test]
    fn a_link_round_trips_and_is_short() {
        let link = encode(&doc());
        assert!(link.starts_with("z=2."), "{link}");
        assert!(link.len() < 700, "{} bytes", link.len());
        assert!(
            link.chars()
                .all(|c| c.is_ascii_alphanumeric() || "=.-_".contains(c)),
            "URL-safe: {link}"
        );
        assert_eq!(decode(&link), Ok(doc()));
    }

    #[test]
    fn the_logo_stays_out_of_the_link() {
        let mut with_logo = doc();
        with_logo.logo = Some(
            Logo::new(
                format!("data:image/png;base64,{}", "A".repeat(50_000)),
                10,
                10,
            )
            .unwrap(),
        );
        let link = encode(&with_logo);
        assert!(link.len() < 1000);
        assert_eq!(decode(&link).unwrap().logo, None);
    }

    #[test]
    fn a_link_changed_where_it_still_inflates_is_refused_by_its_checksum() {
        // Stored (uncompressed) deflate blocks hold the JSON as it is, so a changed
        // character still inflates: only the checksum can tell.
        let json = Saved::new(doc()).to_json();
        let changed = |packed: Vec<u8>| {
            let at = packed
                .windows(4)
                .position(|w| w == b"Rich")
                .expect("the JSON is in the stored block");
            let mut packed = packed;
            packed[at] = b'P';
            URL_SAFE_NO_PAD.encode(packed)
        };
        let zlib = changed(miniz_oxide::deflate::compress_to_vec_zlib(
            json.as_bytes(),
            0,
        ));
        assert_eq!(decode(&format!("z=2.{zlib}")), Err(ShareError::Malformed));
        // The first links had no checksum: the same change went through unseen.
        let raw = changed(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 0));
        let opened = decode(&format!("d=2.{raw}")).expect("a legacy link still opens");
        assert!(opened.rows.iter().any(|r| r.label.starts_with("Pich")));
    }

    #[test]
    fn a_link_of_the_first_form_still_opens() {
        let json = Saved::new(doc()).to_json();
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
        let link = format!("d=2.{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(is_share_link(&link));
        assert_eq!(decode(&link), Ok(doc()));
    }

    #[test]
    fn a_version_1_link_is_migrated() {
        let v1 = r#"{"version":1,"document":{"goal":3,"format":"x-landscape","chart":"big-number","figure":"4.5 billion","statement":"s","source":"WHO","language":"en"}}"#;
        let link = format!(
            "d=1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(v1.as_bytes(), 9))
        );
        assert_eq!(decode(&link).unwrap().figure, "4.5 billion");
    }

    #[test]
    fn tampered_truncated_oversized_and_newer_links_are_refused() {
        let link = encode(&doc());
        assert_eq!(
            decode(&link[..link.len() / 2]),
            Err(ShareError::Malformed),
            "truncated"
        );
        let flipped: String = link
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 20 {
                    if c == 'A' {
                        'B'
                    } else {
                        'A'
                    }
                } else {
                    c
                }
            })
            .collect();
        assert!(decode(&flipped).is_err(), "tampered");
        assert_eq!(decode("d=2.!!!"), Err(ShareError::Malformed));
        assert_eq!(decode("x=2.abc"), Err(ShareError::Malformed));
        assert_eq!(decode("z=2.!!!"), Err(ShareError::Malformed));
        assert_eq!(decode("d=9.abc"), Err(ShareError::TooNew(9)));
        assert_eq!(
            decode(&format!("d=2.{}", "A".repeat(MAX_LINK))),
            Err(ShareError::TooLarge)
        );
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 2 * MAX_JSON], 9);
        assert_eq!(
            decode(&format!("d=2.{}", URL_SAFE_NO_PAD.encode(bomb))),
            Err(ShareError::TooLarge),
            "zip bomb"
        );
        let other_json =
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"{\"a\":1}", 9));
        assert_eq!(
            decode(&format!("d=2.{other_json}")),
            Err(ShareError::Malformed)
        );
    }
}
