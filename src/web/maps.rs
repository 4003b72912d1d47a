//! A map's boundaries in the browser: fetched when a map is first drawn, with the
//! country names they are matched by, then read and projected by code that is not
//! in the first load (with the feature `split`, `wasm-split` moves [`read`] and all
//! it reaches, the matching and the map's layout among them, into a module of its
//! own, `split_maps.wasm`). Each detail is read once per page or worker.

use std::cell::RefCell;
use std::sync::Arc;

use super::{fetch, fetched_text, WebError};
use crate::render::charts::map::{Atlas, Detail};

thread_local! {
    /// The boundaries read so far, by [`Detail::ALL`]'s order.
    static READ: RefCell<[Option<Arc<dyn Atlas>>; 2]> = const { RefCell::new([None, None]) };
    /// The country names' file, once fetched (both details are matched by it).
    static NAMES_TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The country names' file.
const NAMES: &str = "maps/countries.json";

/// The boundaries at `detail`, fetched and read the first time they are asked for;
/// afterwards the service worker is asked to keep the map files for offline use.
pub async fn load(detail: Detail) -> Result<Arc<dyn Atlas>, WebError> {
    let slot = Detail::ALL.iter().position(|&d| d == detail).unwrap_or(0);
    if let Some(atlas) = READ.with(|read| read.borrow()[slot].clone()) {
        return Ok(atlas);
    }
    let failed = |url: &str| WebError::Map(format!("{url} could not be fetched"));
    let kept = NAMES_TEXT.with(|n| n.borrow().clone());
    // Both requests start now; awaiting them in turn only reads them.
    let (names, boundaries) = (kept.is_none().then(|| fetch(NAMES)), fetch(detail.url()));
    let names = match (kept, names) {
        (Some(text), _) => text,
        (None, Some(Some(f))) => fetched_text(f).await.ok_or_else(|| failed(NAMES))?,
        (None, _) => return Err(failed(NAMES)),
    };
    let boundaries = match boundaries {
        Some(f) => fetched_text(f).await.ok_or_else(|| failed(detail.url()))?,
        None => return Err(failed(detail.url())),
    };
    NAMES_TEXT.with(|n| *n.borrow_mut() = Some(names.clone()));
    let atlas = read(detail, names, boundaries)
        .await
        .map_err(WebError::Map)?;
    READ.with(|read| read.borrow_mut()[slot] = Some(atlas.clone()));
    super::offline::keep_on_demand("maps");
    Ok(atlas)
}

/// The atlas read from the two files' text (what went wrong, for the console).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(maps, wasm_split_path = ::leptos::wasm_split)]
fn read(detail: Detail, names: String, boundaries: String) -> Result<Arc<dyn Atlas>, String> {
    read_now(detail, &names, &boundaries)
}

/// The atlas read from the two files' text (what went wrong, for the console).
#[cfg(not(feature = "split"))]
async fn read(detail: Detail, names: String, boundaries: String) -> Result<Arc<dyn Atlas>, String> {
    read_now(detail, &names, &boundaries)
}

fn read_now(detail: Detail, names: &str, boundaries: &str) -> Result<Arc<dyn Atlas>, String> {
    use crate::input::countries::Gazetteer;
    use crate::model::error::UserError;
    use crate::render::charts::map::AreaAtlas;
    let gazetteer =
        Gazetteer::from_json(names).map_err(|e| format!("{NAMES}: {}", e.message_id()))?;
    let atlas = AreaAtlas::from_json(detail, Arc::new(gazetteer), boundaries)
        .map_err(|e| format!("{}: {}", detail.url(), e.message_id()))?;
    Ok(Arc::new(atlas))
}
