//! A map's boundaries in the browser: fetched when a map is first drawn, with the
//! country names they are matched by, then read and projected by code that is not
//! in the first load (with the feature `split`, `wasm-split` moves [`read`] and all
//! it reaches, the matching and the map's layout among them, into a module of its
//! own, `split_maps.wasm`). Each detail is read once per page or worker.
//!
//! A campaigner's own boundaries are imported by a worker of their own (a file may
//! be 256 MB: the page stays responsive while it is read and thinned), kept in
//! IndexedDB under a key made from their content, and read into an atlas by split
//! code when a map needs them.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use super::{fetch, fetched_text, WebError};
use crate::model::document::OwnBoundaries;
use crate::render::charts::map::{Atlas, Detail, Loaded, Wanted};

thread_local! {
    /// The boundaries read so far, by [`Detail::ALL`]'s order.
    static READ: RefCell<[Option<Arc<dyn Atlas>>; 2]> = const { RefCell::new([None, None]) };
    /// The country names' file, once fetched (both details are matched by it).
    static NAMES_TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The own boundaries' kept text last imported or loaded, with its store key.
    static OWN_TEXT: RefCell<Option<(String, Rc<String>)>> = const { RefCell::new(None) };
    /// The own atlas last read.
    static OWN_READ: RefCell<Option<OwnRead>> = const { RefCell::new(None) };
}

/// An own atlas as read: its store key, its naming property, the atlas.
type OwnRead = (String, String, Arc<dyn Atlas>);

/// The country names' file.
const NAMES: &str = "maps/countries.json";

/// What a map asked for: the world's boundaries at a detail, or the design's own
/// (not kept here, or kept text that no longer reads: drawn as not kept).
pub async fn find(wanted: Wanted) -> Result<Loaded, WebError> {
    Ok(match wanted {
        Wanted::World(detail) => Loaded::World(detail, load(detail).await?),
        Wanted::Own { key, property } => {
            let atlas = own(&key, &property).await.unwrap_or_default();
            Loaded::Own {
                key,
                property,
                atlas,
            }
        }
    })
}

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
    let atlas = AreaAtlas::from_json(Arc::new(gazetteer), boundaries)
        .map_err(|e| format!("{}: {}", detail.url(), e.message_id()))?;
    Ok(Arc::new(atlas))
}

/// Imports a campaigner's boundaries file in a worker; the table's `labels` rank the
/// properties that could name its areas. The kept text is stored in this browser
/// (IndexedDB) before the design refers to it, and boundaries no design is using
/// (`in_use`: [`Session::boundaries_in_use`](crate::session::Session::boundaries_in_use))
/// are swept.
pub async fn import(
    file: &web_sys::File,
    labels: Vec<String>,
    mut in_use: Vec<String>,
) -> Result<OwnBoundaries, WebError> {
    let imported = super::exporter::read_boundaries(file, labels).await?;
    let own = imported.keep(&file.name());
    if !super::storage::keep_boundaries(&own.key, &imported.text).await {
        leptos::logging::warn!("boundaries not stored: this page draws them until it closes");
    }
    in_use.push(own.key.clone());
    super::storage::sweep_boundaries(&in_use).await;
    OWN_TEXT.with(|t| *t.borrow_mut() = Some((own.key.clone(), Rc::new(imported.text))));
    Ok(own)
}

/// The kept text of the own boundaries under `key`, if this page or browser has it.
pub async fn own_text(key: &str) -> Option<Rc<String>> {
    let kept = OWN_TEXT.with(|t| t.borrow().clone());
    if let Some((_, text)) = kept.filter(|(k, _)| k == key) {
        return Some(text);
    }
    let text = Rc::new(super::storage::load_boundaries(key).await?);
    OWN_TEXT.with(|t| *t.borrow_mut() = Some((key.to_owned(), text.clone())));
    Some(text)
}

/// An own atlas on its way, made by the map's module.
type OwnLoading =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<Option<Arc<dyn Atlas>>, WebError>>>>;

/// The own boundaries under `key` named by `property`: None when this browser does
/// not keep them. Looked for and read by the map's module (with `split`, none of it
/// is in the first load).
pub async fn own(key: &str, property: &str) -> Result<Option<Arc<dyn Atlas>>, WebError> {
    own_loader(key.to_owned(), property.to_owned()).await.await
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(maps, wasm_split_path = ::leptos::wasm_split)]
fn own_loader(key: String, property: String) -> OwnLoading {
    Box::pin(async move { own_now(&key, &property).await })
}

#[cfg(not(feature = "split"))]
async fn own_loader(key: String, property: String) -> OwnLoading {
    Box::pin(async move { own_now(&key, &property).await })
}

async fn own_now(key: &str, property: &str) -> Result<Option<Arc<dyn Atlas>>, WebError> {
    let held = OWN_READ.with(|r| {
        r.borrow()
            .as_ref()
            .filter(|(k, p, _)| k == key && p == property)
            .map(|(_, _, atlas)| atlas.clone())
    });
    if held.is_some() {
        return Ok(held);
    }
    let Some(text) = own_text(key).await else {
        return Ok(None);
    };
    let atlas = own_atlas(&text, property).map_err(WebError::Map)?;
    OWN_READ.with(|r| *r.borrow_mut() = Some((key.to_owned(), property.to_owned(), atlas.clone())));
    Ok(Some(atlas))
}

/// Own boundaries' kept text read into an atlas now (the export worker's way).
pub fn own_atlas(text: &str, property: &str) -> Result<Arc<dyn Atlas>, String> {
    use crate::model::error::UserError;
    crate::render::charts::map::AreaAtlas::own(text, property)
        .map(|atlas| Arc::new(atlas) as Arc<dyn Atlas>)
        .map_err(|e| format!("own boundaries: {}", e.message_id()))
}
