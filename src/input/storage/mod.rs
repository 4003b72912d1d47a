//! Saved designs: an index and one entry per design in a key–value store (IndexedDB
//! behind a [`Mirror`] in the browser, localStorage where there is no IndexedDB, a map
//! in tests). A design's logo is stored once, under a key made from its content, and
//! the design refers to it. Nothing the user made is dropped: a draft that cannot be
//! read is moved aside under a `recovered/` key and reported, and a broken index is
//! rebuilt from the designs themselves.

mod mirror;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use mirror::{rescue_text, rescued, Mirror, Write};

use serde::{Deserialize, Serialize};

use crate::model::document::{Document, LoadError, OwnBoundaries, Saved};

const INDEX: &str = "lnb-studio/index";
const DESIGN: &str = "lnb-studio/design/";
const RECOVERED: &str = "lnb-studio/recovered/";
/// Where logos are stored, each once, by [`content_key`].
pub const LOGO: &str = "lnb-studio/logo/";
/// What a stored design has in place of its logo's data URL: this, then the logo's key.
const LOGO_REF: &str = "lnb-logo:";
/// The keys a saved design's data lives under (not the interface language, which
/// stays in localStorage for the page's first script).
const OWN: [&str; 4] = [INDEX, DESIGN, RECOVERED, LOGO];

/// A string store. The browser's localStorage, or [`MemoryStore`].
pub trait KeyValue {
    /// The value at `key`.
    fn get(&self, key: &str) -> Option<String>;
    /// Whether `key` holds a value (loaded or not).
    fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    /// Stores `value` at `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key`.
    fn remove(&mut self, key: &str);
    /// Every key that starts with `prefix`.
    fn keys(&self, prefix: &str) -> Vec<String>;
}

/// Why a save failed. The document in memory is untouched either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The store is full (quota exceeded).
    Full,
    /// There is no store (private mode, storage disabled).
    Unavailable,
}

impl crate::model::error::UserError for StorageError {
    fn message_id(&self) -> &'static str {
        match self {
            StorageError::Full => "storage-full",
            StorageError::Unavailable => "storage-unavailable",
        }
    }
}

/// A store in memory, with an optional size limit to act out a full localStorage.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    /// The stored values.
    pub map: BTreeMap<String, String>,
    /// The most bytes of values it holds, if limited.
    pub capacity: Option<usize>,
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(capacity) = self.capacity {
            let others: usize = self
                .map
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + value.len() > capacity {
                return Err(StorageError::Full);
            }
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }

    fn keys(&self, prefix: &str) -> Vec<String> {
        self.map
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect()
    }
}

/// One saved design in the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Its id, part of its key.
    pub id: String,
    /// The name the user gave it.
    pub name: String,
    /// When it was last saved, in milliseconds since 1970.
    pub updated: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Index {
    current: Option<String>,
    designs: Vec<Entry>,
}

/// What opening the store found.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// The design the user was working on.
    Restored(Box<Document>),
    /// Nothing saved yet.
    Empty,
    /// The last design could not be read; its text is kept under `kept_as`.
    Unreadable {
        /// Why.
        error: LoadError,
        /// The key its raw text was moved to.
        kept_as: String,
    },
}

impl Opened {
    /// The notice to show for what opening found, if any.
    pub fn notice(&self) -> Option<&'static str> {
        match self {
            Opened::Unreadable {
                error: LoadError::TooNew(_),
                ..
            } => Some("design-too-new"),
            Opened::Unreadable { .. } => Some("draft-unreadable"),
            _ => None,
        }
    }
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// The design was saved where it was.
    Saved,
    /// Another tab had changed the same design since this one last read or wrote it,
    /// so this tab's version was saved as a new design, `id`, which is now current.
    /// Neither tab's work is lost.
    Forked {
        /// The new design.
        id: String,
    },
}

/// The saved designs in a store.
pub struct Designs<S: KeyValue> {
    store: S,
    index: Index,
    /// The current design's text as this tab last read or wrote it: when the store
    /// holds something else, another tab has written it.
    known: Option<(String, String)>,
    /// Designs this tab deleted, so that merging another tab's index does not bring
    /// them back.
    deleted: Vec<String>,
    /// The last logo saved and its key, so that saving again does not read the whole
    /// logo to name it.
    last_logo: Option<(Arc<str>, String)>,
    /// This tab's versions of designs other than the current one that lost a race
    /// with another tab (their id and stored text), waiting to be kept as copies.
    orphans: Vec<(String, String)>,
}

impl<S: KeyValue> Designs<S> {
    /// Opens the store and the design the user was last working on.
    pub fn open(mut store: S) -> (Designs<S>, Opened) {
        let index = match store
            .get(INDEX)
            .map(|raw| serde_json::from_str::<Index>(&raw))
        {
            Some(Ok(index)) => index,
            Some(Err(_)) => rebuild_index(&mut store),
            None => Index::default(),
        };
        let mut designs = Designs {
            store,
            index,
            known: None,
            deleted: Vec::new(),
            last_logo: None,
            orphans: Vec::new(),
        };
        designs.drop_unused_logos();
        let opened = match designs.index.current.clone() {
            None => Opened::Empty,
            Some(id) => match designs.read(&id) {
                Some(Ok(doc)) => {
                    designs.remember(&id);
                    Opened::Restored(Box::new(doc))
                }
                None => Opened::Empty,
                // A newer version saved it: it stays, listed, for that version to open,
                // and this tab's work goes into a design of its own.
                Some(Err(error @ LoadError::TooNew(_))) => {
                    designs.index.current = None;
                    Opened::Unreadable {
                        kept_as: format!("{DESIGN}{id}"),
                        error,
                    }
                }
                Some(Err(error)) => Opened::Unreadable {
                    kept_as: designs.set_aside(&id),
                    error,
                },
            },
        };
        (designs, opened)
    }

    /// Notes the design's text as it is in the store now.
    fn remember(&mut self, id: &str) {
        self.known = self
            .store
            .get(&format!("{DESIGN}{id}"))
            .map(|raw| (id.to_owned(), raw));
    }

    fn read(&self, id: &str) -> Option<Result<Document, LoadError>> {
        self.store
            .get(&format!("{DESIGN}{id}"))
            .map(|raw| Saved::load(&raw).map(|doc| self.with_logo(doc)))
    }

    /// The store key of `doc`'s logo when it must be loaded before
    /// [`with_logo`](Self::with_logo) can put it back (the store holds it, unread).
    pub fn logo_wanted(&self, doc: &Document) -> Option<String> {
        let key = format!(
            "{LOGO}{}",
            doc.logo.as_ref()?.data_url.strip_prefix(LOGO_REF)?
        );
        self.store.get(&key).is_none().then_some(key)
    }

    /// `doc` with its logo in place of the reference a stored design has. A logo not
    /// loaded yet stays a reference (drawn as no logo, saved as it was); one the store
    /// no longer holds is dropped.
    pub fn with_logo(&self, mut doc: Document) -> Document {
        if let Some(logo) = &mut doc.logo {
            if let Some(id) = logo.data_url.strip_prefix(LOGO_REF) {
                let key = format!("{LOGO}{id}");
                match self.store.get(&key) {
                    Some(data_url) => logo.data_url = data_url.into(),
                    None if self.store.has(&key) => {}
                    None => doc.logo = None,
                }
            }
        }
        doc
    }

    /// The text a design is stored as: its logo stored once under its own key (unless
    /// already there), and referred to.
    fn stored_json(&mut self, doc: &Document) -> Result<String, StorageError> {
        let Some(logo) = doc
            .logo
            .as_ref()
            .filter(|l| !l.data_url.starts_with(LOGO_REF))
        else {
            return Ok(Saved::new(doc.clone()).to_json());
        };
        let key = match &self.last_logo {
            Some((url, key)) if Arc::ptr_eq(url, &logo.data_url) => key.clone(),
            _ => content_key(&logo.data_url),
        };
        self.last_logo = Some((logo.data_url.clone(), key.clone()));
        let at = format!("{LOGO}{key}");
        if !self.store.has(&at) {
            self.store.set(&at, &logo.data_url)?;
        }
        let mut stored = doc.clone();
        if let Some(l) = &mut stored.logo {
            l.data_url = format!("{LOGO_REF}{key}").into();
        }
        Ok(Saved::new(stored).to_json())
    }

    /// The keys of the own boundaries the stored designs (and set-aside texts) refer
    /// to: boundaries kept in the browser that none of them names can go.
    pub fn boundaries_in_use(&self) -> Vec<String> {
        [DESIGN, RECOVERED]
            .iter()
            .flat_map(|prefix| self.store.keys(prefix))
            .filter_map(|key| self.store.get(&key))
            .filter_map(|text| OwnBoundaries::key_in_json(&text).map(str::to_owned))
            .collect()
    }

    /// Removes stored logos no design refers to any more.
    fn drop_unused_logos(&mut self) {
        let logos = self.store.keys(LOGO);
        if logos.is_empty() {
            return;
        }
        let texts: Vec<String> = [DESIGN, RECOVERED]
            .iter()
            .flat_map(|prefix| self.store.keys(prefix))
            .filter_map(|key| self.store.get(&key))
            .collect();
        for key in logos {
            let reference = format!("{LOGO_REF}{}\"", &key[LOGO.len()..]);
            if !texts.iter().any(|t| t.contains(&reference)) {
                self.store.remove(&key);
            }
        }
    }

    /// Moves an unreadable design's text to a `recovered/` key and out of the list.
    fn set_aside(&mut self, id: &str) -> String {
        let from = format!("{DESIGN}{id}");
        let to = format!("{RECOVERED}{id}");
        if let Some(raw) = self.store.get(&from) {
            if self.store.set(&to, &raw).is_ok() {
                self.store.remove(&from);
            }
        }
        self.index.designs.retain(|e| e.id != id);
        self.deleted.push(id.to_owned());
        self.index.current = None;
        // The mirror takes every write; a store that refuses later is reported by the
        // next save.
        let _ = self.write_index();
        to
    }

    /// Writes the index, first taking in designs another tab has added since.
    fn write_index(&mut self) -> Result<(), StorageError> {
        self.take_in_stored_index();
        let json = serde_json::to_string(&self.index).unwrap_or_default();
        self.store.set(INDEX, &json)
    }

    /// Takes in designs the stored index lists and this tab does not (another tab's).
    fn take_in_stored_index(&mut self) {
        if let Some(raw) = self.store.get(INDEX) {
            self.take_in_index(&raw);
        }
    }

    /// Takes in the designs `raw` (an index) lists and this tab does not; true if any.
    fn take_in_index(&mut self, raw: &str) -> bool {
        let stored = serde_json::from_str::<Index>(raw).ok();
        let mut added = false;
        for entry in stored.map(|i| i.designs).unwrap_or_default() {
            let known = self.index.designs.iter().any(|e| e.id == entry.id);
            if !known && !self.deleted.contains(&entry.id) {
                self.index.designs.push(entry);
                added = true;
            }
        }
        added
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The store, for whoever writes it through to the store behind.
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    /// The saved designs, most recent first.
    pub fn list(&self) -> Vec<Entry> {
        let mut list = self.index.designs.clone();
        list.sort_by(|a, b| b.updated.total_cmp(&a.updated));
        list
    }

    /// The id of the design being edited.
    pub fn current(&self) -> Option<&str> {
        self.index.current.as_deref()
    }

    /// Saves `doc` as the current design, creating it (named `name`) if there is none.
    /// If another tab has changed the design meanwhile, `doc` becomes a new design
    /// named `copy_name` instead (see [`SaveOutcome::Forked`]).
    pub fn save(
        &mut self,
        doc: &Document,
        name: &str,
        copy_name: &str,
        now: f64,
    ) -> Result<SaveOutcome, StorageError> {
        let id = match self.index.current.clone() {
            Some(id) => id,
            None => return self.create(doc, name, now).map(|_| SaveOutcome::Saved),
        };
        let key = format!("{DESIGN}{id}");
        let changed_elsewhere = match (&self.known, self.store.get(&key)) {
            (Some((known_id, known)), Some(stored)) => *known_id == id && *known != stored,
            _ => false,
        };
        if changed_elsewhere {
            let id = self.create(doc, copy_name, now)?;
            return Ok(SaveOutcome::Forked { id });
        }
        let json = self.stored_json(doc)?;
        self.store.set(&key, &json)?;
        self.known = Some((id.clone(), json));
        if let Some(entry) = self.index.designs.iter_mut().find(|e| e.id == id) {
            entry.updated = now;
        } else {
            self.index.designs.push(Entry {
                id: id.clone(),
                name: name.to_owned(),
                updated: now,
            });
        }
        self.write_index().map(|()| SaveOutcome::Saved)
    }

    /// Saves `doc` as a new design named `name` and makes it current.
    pub fn create(&mut self, doc: &Document, name: &str, now: f64) -> Result<String, StorageError> {
        let id = self.fresh_id(now);
        let json = self.stored_json(doc)?;
        self.store.set(&format!("{DESIGN}{id}"), &json)?;
        self.known = Some((id.clone(), json));
        self.index.designs.push(Entry {
            id: id.clone(),
            name: name.to_owned(),
            updated: now,
        });
        self.index.current = Some(id.clone());
        self.write_index()?;
        Ok(id)
    }

    fn fresh_id(&self, now: f64) -> String {
        let base = format!("{:x}", now.max(0.0) as u64);
        (0..)
            .map(|n| {
                if n == 0 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|id| {
                !self.index.designs.iter().any(|e| &e.id == id)
                    && self.store.get(&format!("{DESIGN}{id}")).is_none()
            })
            .unwrap_or(base)
    }

    /// Opens design `id`, making it current.
    pub fn switch(&mut self, id: &str) -> Result<Document, LoadError> {
        let doc = self.read(id).unwrap_or(Err(LoadError::Unreadable))?;
        self.remember(id);
        self.index.current = Some(id.to_owned());
        // The mirror takes every write; a store that refuses later is reported by the
        // next save.
        let _ = self.write_index();
        Ok(doc)
    }

    /// Renames design `id`.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), StorageError> {
        if let Some(entry) = self.index.designs.iter_mut().find(|e| e.id == id) {
            entry.name = name.to_owned();
        }
        self.write_index()
    }

    /// Deletes design `id`; if it was current, no design is current afterwards.
    pub fn delete(&mut self, id: &str) -> Result<(), StorageError> {
        self.store.remove(&format!("{DESIGN}{id}"));
        self.index.designs.retain(|e| e.id != id);
        self.deleted.push(id.to_owned());
        if self.index.current.as_deref() == Some(id) {
            self.index.current = None;
        }
        self.write_index()
    }
}

impl Designs<Mirror> {
    /// Another tab wrote `key` (None: removed it); its designs join the list, and a
    /// design open here that it changed is saved as a copy at the next save.
    pub fn observe(&mut self, key: &str, value: Option<String>) {
        if key == INDEX {
            // Merged from what was heard: the mirror keeps this tab's own index while
            // it waits to be written, and would hide the other tab's new designs.
            let added = value
                .as_deref()
                .is_some_and(|heard| self.take_in_index(heard));
            self.store.observe(key, value);
            if added {
                // This tab's own index, once written, lists them too. The mirror takes
                // every write, so this cannot fail.
                let _ = self.write_index();
            }
            return;
        }
        self.store.observe(key, value);
    }

    /// Writing `key` found that another tab had changed it since this tab last read
    /// it (it holds `theirs`): theirs stays, and the next save keeps this tab's version
    /// as a new design ([`SaveOutcome::Forked`]).
    pub fn lost_race(&mut self, key: &str, theirs: Option<String>) {
        self.store.lost_race(key, theirs);
    }

    /// Takes in what writing a batch came to: races lost and writes that wait to be
    /// tried again. True when the current design lost (it should be saved again,
    /// which makes it a copy); this tab's version of another design that lost waits
    /// for [`keep_orphans`](Self::keep_orphans), so nothing typed here is dropped.
    pub fn written(&mut self, written: Written) -> Result<bool, StorageError> {
        let current = self
            .index
            .current
            .as_ref()
            .map(|id| format!("{DESIGN}{id}"));
        let mut current_lost = false;
        for lost in written.lost {
            if Some(&lost.key) == current.as_ref() {
                current_lost = true;
            } else if let (Some(id), Some(mine)) = (lost.key.strip_prefix(DESIGN), &lost.mine) {
                self.orphans.push((id.to_owned(), mine.clone()));
            }
            self.lost_race(&lost.key, lost.theirs);
        }
        match written.failed {
            Some((error, writes)) => {
                self.store.writes_failed(writes);
                Err(error)
            }
            None => Ok(current_lost),
        }
    }

    /// Keeps this tab's versions of designs that lost a race while not open here as
    /// new designs, each named `copy_name` of the design's name; how many were kept.
    pub fn keep_orphans(
        &mut self,
        copy_name: impl Fn(&str) -> String,
        now: f64,
    ) -> Result<usize, StorageError> {
        let orphans = std::mem::take(&mut self.orphans);
        for (id, text) in &orphans {
            let name = self
                .index
                .designs
                .iter()
                .find(|e| &e.id == id)
                .map_or_else(String::new, |e| e.name.clone());
            let copy = self.fresh_id(now);
            self.store.set(&format!("{DESIGN}{copy}"), text)?;
            self.index.designs.push(Entry {
                id: copy,
                name: copy_name(&name),
                updated: now,
            });
        }
        if !orphans.is_empty() {
            self.write_index()?;
        }
        Ok(orphans.len())
    }
}

/// What writing a batch to the store behind came to.
#[derive(Debug, Default)]
pub struct Written {
    /// Designs another tab had changed meanwhile; not written.
    pub lost: Vec<LostRace>,
    /// Why the batch was not written, and its writes, to be tried again.
    pub failed: Option<(StorageError, Vec<(String, Write)>)>,
}

/// A write not made because another tab had changed the design meanwhile.
#[derive(Debug, Clone, PartialEq)]
pub struct LostRace {
    /// The design's key.
    pub key: String,
    /// What the store holds now (the other tab's version).
    pub theirs: Option<String>,
    /// What this tab would have written.
    pub mine: Option<String>,
}

/// Writes `writes` to `behind` (localStorage, synchronously; IndexedDB does the same
/// in one transaction in `web::storage`): a design only if it still holds what this
/// tab last saw there. A write that fails stops the batch.
pub fn write_through<B: KeyValue>(writes: Vec<(String, Write)>, behind: &mut B) -> Written {
    let mut written = Written::default();
    let mut writes = writes.into_iter();
    while let Some((key, write)) = writes.next() {
        let stored = behind.get(&key);
        if write.overwrites_another_tab(&key, stored.as_deref()) {
            written.lost.push(LostRace {
                key,
                theirs: stored,
                mine: write.value,
            });
            continue;
        }
        let result = match &write.value {
            Some(v) => behind.set(&key, v),
            None => {
                behind.remove(&key);
                Ok(())
            }
        };
        if let Err(e) = result {
            let mut unwritten = vec![(key, write)];
            unwritten.extend(writes);
            written.failed = Some((e, unwritten));
            break;
        }
    }
    written
}

/// The key a logo or a map's boundaries are stored under: made from the content (the
/// 64-bit FNV-1a hash and the length of the text), so the same logo or file in many
/// designs is stored once. FNV needs no table: crc32fast's 16 KB one would be on the
/// first load.
pub fn content_key(data_url: &str) -> String {
    let hash = data_url.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}-{:x}", data_url.len())
}

/// Everything `store` holds of the saved designs, loaded into a mirror (where the
/// store itself is the one written: localStorage without IndexedDB).
pub fn mirror_of<S: KeyValue>(store: &S) -> Mirror {
    let keys = OWN.iter().flat_map(|prefix| store.keys(prefix));
    Mirror::new(keys.filter_map(|k| store.get(&k).map(|v| (k, v))), [])
}

/// Copies the designs in `old` (localStorage, where designs were kept before) into
/// `into`, each logo taken out into its own key, and returns the keys copied, for the
/// caller to remove from `old` once `into` is safely written. An index or a design
/// that cannot be read is copied as it is. Nothing when `into` already holds designs.
pub fn migrate<S: KeyValue>(old: &S, into: Mirror) -> (Mirror, Vec<String>) {
    let moved: Vec<String> = OWN.iter().flat_map(|prefix| old.keys(prefix)).collect();
    if moved.is_empty() || into.has(INDEX) || !into.keys(DESIGN).is_empty() {
        return (into, Vec::new());
    }
    let mut designs = Designs {
        store: into,
        index: Index::default(),
        known: None,
        deleted: Vec::new(),
        last_logo: None,
        orphans: Vec::new(),
    };
    for key in &moved {
        let Some(raw) = old.get(key) else { continue };
        let text = match Saved::load(&raw) {
            Ok(doc) if key.starts_with(DESIGN) => designs.stored_json(&doc).unwrap_or(raw),
            _ => raw,
        };
        // A mirror takes every write.
        let _ = designs.store.set(key, &text);
    }
    (designs.store, moved)
}

/// An index rebuilt from the design keys, when the index itself is unreadable.
fn rebuild_index<S: KeyValue>(store: &mut S) -> Index {
    if let Some(raw) = store.get(INDEX) {
        let _ = store.set(&format!("{RECOVERED}index"), &raw);
    }
    let designs = store
        .keys(DESIGN)
        .into_iter()
        .filter_map(|key| key.strip_prefix(DESIGN).map(str::to_owned))
        .map(|id| Entry {
            name: id.clone(),
            id,
            updated: 0.0,
        })
        .collect::<Vec<_>>();
    let current = designs.first().map(|e| e.id.clone());
    Index { current, designs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// One localStorage seen by two tabs.
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<MemoryStore>>);

    impl KeyValue for Shared {
        fn get(&self, key: &str) -> Option<String> {
            self.0.borrow().get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
            self.0.borrow_mut().set(key, value)
        }
        fn remove(&mut self, key: &str) {
            self.0.borrow_mut().remove(key);
        }
        fn keys(&self, prefix: &str) -> Vec<String> {
            self.0.borrow().keys(prefix)
        }
    }

    #[test]
    fn two_tabs_on_one_design_never_overwrite_each_other() {
        let store = Shared::default();
        let (mut first, _) = Designs::open(store.clone());
        first.save(&doc("A1"), "Mine", "Mine (copy)", 1.0).unwrap();
        let (mut second, opened) = Designs::open(store.clone());
        assert_eq!(opened, Opened::Restored(Box::new(doc("A1"))));
        // Both edit the same design; the first tab saves first.
        assert_eq!(
            first.save(&doc("A2 from tab 1"), "Mine", "Mine (copy)", 2.0),
            Ok(SaveOutcome::Saved)
        );
        let forked = second
            .save(&doc("B from tab 2"), "Mine", "Mine (copy)", 3.0)
            .unwrap();
        let SaveOutcome::Forked { id } = forked else {
            panic!("the second tab must not overwrite the first: {forked:?}");
        };
        // Both versions are in the store, and both tabs go on saving without conflict.
        let original = first.current().expect("current").to_owned();
        assert_ne!(id, original);
        assert_eq!(
            first.save(&doc("A3"), "Mine", "Mine (copy)", 4.0),
            Ok(SaveOutcome::Saved)
        );
        assert_eq!(
            second.save(&doc("B2"), "Mine", "Mine (copy)", 5.0),
            Ok(SaveOutcome::Saved)
        );
        let (mut third, opened) = Designs::open(store.clone());
        assert_eq!(
            opened,
            Opened::Restored(Box::new(doc("B2"))),
            "the last tab to save is reopened"
        );
        let names: Vec<String> = third.list().into_iter().map(|e| e.name).collect();
        assert_eq!(
            names,
            vec!["Mine (copy)", "Mine"],
            "each tab's index keeps the other's design"
        );
        assert_eq!(third.switch(&original), Ok(doc("A3")));
    }
    use crate::model::document::ChartKind;
    use crate::model::goal::Goal;
    use crate::model::i18n::{Lang, Translator};

    fn doc(figure: &str) -> Document {
        let mut d = crate::render::charts::example(
            Goal::ZeroHunger,
            ChartKind::BigNumber,
            &Translator::new(Lang::En),
        );
        d.figure = figure.into();
        d
    }

    fn with_logo(figure: &str, bytes: &str) -> Document {
        let mut d = doc(figure);
        d.logo = Some(crate::model::logo::Logo {
            data_url: format!("data:image/png;base64,{bytes}").into(),
            width: 10,
            height: 5,
        });
        d
    }

    /// Hands a tab's waiting writes to the store behind; true if a race was lost.
    fn write_through(designs: &mut Designs<Mirror>, behind: &mut MemoryStore) -> bool {
        let writes = designs.store_mut().take_writes();
        designs
            .written(super::write_through(writes, behind))
            .expect("written")
    }

    /// A tab opening what `behind` holds, its logos left unloaded.
    fn open_tab(behind: &MemoryStore) -> (Designs<Mirror>, Opened) {
        let (loaded, unloaded): (Vec<_>, Vec<_>) = behind
            .map
            .clone()
            .into_iter()
            .partition(|(k, _)| !k.starts_with(LOGO));
        Designs::open(Mirror::new(loaded, unloaded.into_iter().map(|(k, _)| k)))
    }

    #[test]
    fn a_logo_is_stored_once_and_loaded_only_when_its_design_is_opened() {
        let mut behind = MemoryStore::default();
        let (mut designs, _) = open_tab(&behind);
        let logo = with_logo("A", &"QUJD".repeat(1000));
        designs.save(&logo, "First", "copy", 1.0).unwrap();
        designs.save(&logo, "First", "copy", 2.0).unwrap();
        let second = designs.create(&logo, "Second", 3.0).unwrap();
        designs.create(&doc("no logo"), "Third", 4.0).unwrap();
        let writes = designs.store_mut().take_writes();
        let logo_writes = writes.iter().filter(|(k, _)| k.starts_with(LOGO)).count();
        assert_eq!(logo_writes, 1, "one logo, written once");
        designs.store_mut().writes_failed(writes);
        write_through(&mut designs, &mut behind);
        assert!(
            behind.map.values().filter(|v| v.contains("QUJD")).count() == 1,
            "no design holds the logo's bytes"
        );
        let (mut reopened, _) = open_tab(&behind);
        let doc = reopened.switch(&second).unwrap();
        let key = reopened
            .logo_wanted(&doc)
            .expect("the logo is loaded on demand");
        assert!(
            !doc.logo.as_ref().unwrap().data_url.starts_with("data:"),
            "not loaded yet"
        );
        reopened.store_mut().fill(&key, behind.get(&key).unwrap());
        assert_eq!(reopened.with_logo(doc), logo);
        assert_eq!(reopened.switch(&second).unwrap(), logo, "loaded once, kept");
    }

    #[test]
    fn a_logo_no_design_uses_is_removed_and_a_missing_one_dropped() {
        let mut behind = MemoryStore::default();
        let (mut designs, _) = open_tab(&behind);
        designs
            .save(&with_logo("A", "AAAA"), "First", "copy", 1.0)
            .unwrap();
        designs
            .save(&with_logo("A", "BBBB"), "First", "copy", 2.0)
            .unwrap();
        write_through(&mut designs, &mut behind);
        assert_eq!(behind.keys(LOGO).len(), 2);
        let (mut reopened, opened) = open_tab(&behind);
        write_through(&mut reopened, &mut behind);
        assert_eq!(behind.keys(LOGO).len(), 1, "the replaced logo is gone");
        let Opened::Restored(doc) = opened else {
            panic!("{opened:?}")
        };
        let key = reopened.logo_wanted(&doc).unwrap();
        assert!(behind.get(&key).unwrap().ends_with("BBBB"));
        behind.remove(&key);
        let (reopened, opened) = open_tab(&behind);
        let Opened::Restored(doc) = opened else {
            panic!("{opened:?}")
        };
        assert_eq!(reopened.logo_wanted(&doc), None);
        assert_eq!(
            reopened.with_logo(*doc).logo,
            None,
            "a lost logo is no logo"
        );
    }

    #[test]
    fn two_tabs_saving_at_once_through_the_store_behind_never_overwrite() {
        let mut behind = MemoryStore::default();
        let (mut first, _) = open_tab(&behind);
        first.save(&doc("A1"), "Mine", "Mine (copy)", 1.0).unwrap();
        write_through(&mut first, &mut behind);
        let (mut second, _) = open_tab(&behind);
        // Both save before either hears of the other's save.
        first
            .save(&doc("A2 from tab 1"), "Mine", "Mine (copy)", 2.0)
            .unwrap();
        second
            .save(&doc("B from tab 2"), "Mine", "Mine (copy)", 3.0)
            .unwrap();
        assert!(!write_through(&mut first, &mut behind));
        assert!(
            write_through(&mut second, &mut behind),
            "the second tab lost"
        );
        // The second tab's write met the first's: it saves again, as a copy.
        assert!(matches!(
            second.save(&doc("B from tab 2"), "Mine", "Mine (copy)", 4.0),
            Ok(SaveOutcome::Forked { .. })
        ));
        write_through(&mut second, &mut behind);
        let statements: Vec<String> = behind
            .keys(DESIGN)
            .iter()
            .map(|k| Saved::load(&behind.get(k).unwrap()).unwrap().figure)
            .collect();
        assert_eq!(statements.len(), 2);
        assert!(statements.contains(&"A2 from tab 1".to_owned()));
        assert!(statements.contains(&"B from tab 2".to_owned()));
        // The first tab hears of the second's index and lists its copy.
        first.observe(INDEX, behind.get(INDEX));
        assert_eq!(first.list().len(), 2);
    }

    #[test]
    fn a_design_left_before_its_write_lost_to_another_tab_is_kept_as_a_copy() {
        let mut behind = MemoryStore::default();
        let (mut first, _) = open_tab(&behind);
        first.save(&doc("A1"), "Mine", "Mine (copy)", 1.0).unwrap();
        write_through(&mut first, &mut behind);
        let (mut second, _) = open_tab(&behind);
        // The second tab edits the design, then opens another before its write lands;
        // the first tab's edit lands first.
        second
            .save(&doc("B typed in tab 2"), "Mine", "Mine (copy)", 2.0)
            .unwrap();
        second.create(&doc("Other"), "Other", 3.0).unwrap();
        first
            .save(&doc("A2 from tab 1"), "Mine", "Mine (copy)", 4.0)
            .unwrap();
        write_through(&mut first, &mut behind);
        assert!(
            !write_through(&mut second, &mut behind),
            "the design open in tab 2 did not lose"
        );
        assert_eq!(second.keep_orphans(|n| format!("{n} (copy)"), 5.0), Ok(1));
        write_through(&mut second, &mut behind);
        let figures: Vec<String> = behind
            .keys(DESIGN)
            .iter()
            .map(|k| Saved::load(&behind.get(k).unwrap()).unwrap().figure)
            .collect();
        assert!(figures.contains(&"A2 from tab 1".to_owned()), "{figures:?}");
        assert!(
            figures.contains(&"B typed in tab 2".to_owned()),
            "nothing typed is lost: {figures:?}"
        );
        assert!(second.list().iter().any(|e| e.name == "Mine (copy)"));
        // Nothing more to keep.
        assert_eq!(second.keep_orphans(|n| format!("{n} (copy)"), 6.0), Ok(0));
    }

    #[test]
    fn designs_saved_in_localstorage_before_indexeddb_move_over_with_nothing_lost() {
        // Saved by the localStorage build (3cd46f7) in Chromium: two designs, the
        // first with a logo inside it.
        let fixture =
            include_str!("../../../tests/e2e/fixtures/localstorage-before-indexeddb.json");
        let map: BTreeMap<String, String> = serde_json::from_str(fixture).unwrap();
        let old = MemoryStore {
            map: map.clone(),
            capacity: None,
        };
        let (mirror, moved) = migrate(&old, Mirror::default());
        assert_eq!(moved.len(), 3, "the index and both designs");
        let mut behind = MemoryStore::default();
        let (mut designs, opened) = Designs::open(mirror);
        write_through(&mut designs, &mut behind);
        let (before, opened_before) = Designs::open(old);
        assert_eq!(opened, opened_before, "the same design opens");
        assert_eq!(designs.list(), before.list(), "names and times kept");
        let with_logo = &before.list()[1].id;
        let logo = Saved::load(&map[&format!("{DESIGN}{with_logo}")]).unwrap();
        assert!(logo.logo.is_some());
        let (mut reopened, _) = open_tab(&behind);
        let doc = reopened.switch(with_logo).unwrap();
        let key = reopened.logo_wanted(&doc).unwrap();
        reopened.store_mut().fill(&key, behind.get(&key).unwrap());
        assert_eq!(reopened.with_logo(doc), logo, "the logo came too");
        assert!(!behind
            .get(&format!("{DESIGN}{with_logo}"))
            .unwrap()
            .contains("base64"));
        let mirror = reopened.store.clone();
        let (again, moved) = migrate(
            &MemoryStore {
                map,
                capacity: None,
            },
            reopened.store,
        );
        assert!(moved.is_empty(), "moved once");
        assert_eq!(again, mirror, "and left alone after");
    }

    #[test]
    fn a_full_store_behind_keeps_the_writes_waiting_until_there_is_room() {
        let mut behind = MemoryStore {
            capacity: Some(1000),
            ..MemoryStore::default()
        };
        let (mut designs, _) = open_tab(&behind);
        designs
            .save(&with_logo("A", &"x".repeat(2000)), "First", "copy", 1.0)
            .unwrap();
        let writes = designs.store_mut().take_writes();
        let result = designs.written(super::write_through(writes, &mut behind));
        assert_eq!(result, Err(StorageError::Full));
        assert!(designs.store_mut().has_writes(), "nothing dropped");
        behind.capacity = None;
        assert!(!write_through(&mut designs, &mut behind));
        let (_, opened) = open_tab(&behind);
        assert!(matches!(opened, Opened::Restored(_)));
    }

    #[test]
    fn a_design_saved_by_a_newer_version_stays_and_is_not_written_over() {
        let (mut designs, _) = Designs::open(MemoryStore::default());
        let id = designs.create(&doc("A"), "Newer", 1.0).unwrap();
        let newer = r#"{"version":99,"document":{}}"#;
        designs.store.set(&format!("{DESIGN}{id}"), newer).unwrap();
        let (mut designs, opened) = Designs::open(designs.store);
        assert_eq!(opened.notice(), Some("design-too-new"));
        assert_eq!(designs.current(), None);
        designs.save(&doc("mine"), "Untitled", "copy", 2.0).unwrap();
        assert_eq!(
            designs.store.get(&format!("{DESIGN}{id}")).as_deref(),
            Some(newer),
            "left for the newer version"
        );
        assert_eq!(designs.list().len(), 2, "both listed");
    }

    #[test]
    fn another_tabs_new_design_is_listed_even_while_this_tab_waits_to_write() {
        let mut behind = MemoryStore::default();
        let (mut first, _) = open_tab(&behind);
        first.save(&doc("A"), "Mine", "copy", 1.0).unwrap();
        write_through(&mut first, &mut behind);
        let (mut second, _) = open_tab(&behind);
        second.create(&doc("B"), "Theirs", 2.0).unwrap();
        write_through(&mut second, &mut behind);
        // The first tab has its own index write waiting when it hears of the second's.
        first
            .rename(
                first.current().unwrap().to_owned().as_str(),
                "Mine, renamed",
            )
            .unwrap();
        first.observe(INDEX, behind.get(INDEX));
        let names: Vec<String> = first.list().into_iter().map(|e| e.name).collect();
        assert!(names.contains(&"Theirs".to_owned()), "{names:?}");
        write_through(&mut first, &mut behind);
        let (third, _) = open_tab(&behind);
        assert_eq!(third.list().len(), 2, "and the index written keeps it");
    }

    #[test]
    fn saving_then_reopening_restores_the_design() {
        let (mut designs, opened) = Designs::open(MemoryStore::default());
        assert_eq!(opened, Opened::Empty);
        designs
            .save(&doc("1 in 3"), "My design", "copy", 1000.0)
            .unwrap();
        designs
            .save(&doc("1 in 4"), "My design", "copy", 2000.0)
            .unwrap();
        let (designs, opened) = Designs::open(designs.store);
        assert_eq!(opened, Opened::Restored(Box::new(doc("1 in 4"))));
        assert_eq!(designs.list().len(), 1);
    }

    #[test]
    fn new_duplicate_rename_delete() {
        let (mut designs, _) = Designs::open(MemoryStore::default());
        let a = designs.create(&doc("A"), "First", 1.0).unwrap();
        let b = designs.create(&doc("B"), "Second", 2.0).unwrap();
        assert_ne!(a, b);
        assert_eq!(designs.current(), Some(b.as_str()));
        assert_eq!(designs.switch(&a).unwrap().figure, "A");
        let first = designs.switch(&a).unwrap();
        let copy = designs.create(&first, "First (copy)", 3.0).unwrap();
        designs.rename(&copy, "Copy of first").unwrap();
        assert_eq!(designs.list()[0].name, "Copy of first");
        designs.delete(&a).unwrap();
        assert_eq!(designs.list().len(), 2);
        assert!(designs.switch(&a).is_err());
    }

    #[test]
    fn an_unreadable_draft_is_kept_aside_and_reported() {
        let (mut designs, _) = Designs::open(MemoryStore::default());
        let id = designs.create(&doc("A"), "First", 1.0).unwrap();
        designs
            .store
            .set(&format!("{DESIGN}{id}"), "{garbage")
            .unwrap();
        let (designs, opened) = Designs::open(designs.store);
        let Opened::Unreadable { error, kept_as } = opened else {
            panic!("{opened:?}")
        };
        assert_eq!(error, LoadError::Unreadable);
        assert_eq!(designs.store.get(&kept_as).as_deref(), Some("{garbage"));
        assert!(designs.list().is_empty());
    }

    #[test]
    fn a_broken_index_is_rebuilt_from_the_designs() {
        let (mut designs, _) = Designs::open(MemoryStore::default());
        designs.create(&doc("A"), "First", 1.0).unwrap();
        designs.store.set(INDEX, "not json").unwrap();
        let (designs, opened) = Designs::open(designs.store);
        assert_eq!(opened, Opened::Restored(Box::new(doc("A"))));
        assert_eq!(
            designs.store.get(&format!("{RECOVERED}index")).as_deref(),
            Some("not json")
        );
    }

    #[test]
    fn a_full_store_reports_and_keeps_what_was_saved() {
        let store = MemoryStore {
            capacity: Some(3000),
            ..MemoryStore::default()
        };
        let (mut designs, _) = Designs::open(store);
        designs.save(&doc("A"), "First", "copy", 1.0).unwrap();
        let mut big = doc("B");
        big.statement = "x".repeat(5000);
        assert_eq!(
            designs.save(&big, "First", "copy", 2.0),
            Err(StorageError::Full)
        );
        let (_, opened) = Designs::open(designs.store);
        assert_eq!(opened, Opened::Restored(Box::new(doc("A"))));
    }
}
