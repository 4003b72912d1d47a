//! Saved designs: an index and one entry per design in a key–value store (the
//! browser's localStorage; a map in tests). Nothing the user made is dropped: a draft
//! that cannot be read is moved aside under a `recovered/` key and reported, and a
//! broken index is rebuilt from the designs themselves.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::{Document, LoadError, Saved};

const INDEX: &str = "lnb-studio/index";
const DESIGN: &str = "lnb-studio/design/";
const RECOVERED: &str = "lnb-studio/recovered/";

/// A string store. The browser's localStorage, or [`MemoryStore`].
pub trait KeyValue {
    /// The value at `key`.
    fn get(&self, key: &str) -> Option<String>;
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

impl StorageError {
    /// The Fluent id of the message.
    pub fn message_id(self) -> &'static str {
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
        };
        let opened = match designs.index.current.clone() {
            None => Opened::Empty,
            Some(id) => match designs.read(&id) {
                Some(Ok(doc)) => {
                    designs.remember(&id);
                    Opened::Restored(Box::new(doc))
                }
                None => Opened::Empty,
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
            .map(|raw| Saved::load(&raw))
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
        let _ = self.write_index();
        to
    }

    /// Writes the index, first taking in designs another tab has added since.
    fn write_index(&mut self) -> Result<(), StorageError> {
        let stored = self
            .store
            .get(INDEX)
            .and_then(|raw| serde_json::from_str::<Index>(&raw).ok());
        for entry in stored.map(|i| i.designs).unwrap_or_default() {
            let known = self.index.designs.iter().any(|e| e.id == entry.id);
            if !known && !self.deleted.contains(&entry.id) {
                self.index.designs.push(entry);
            }
        }
        let json = serde_json::to_string(&self.index).unwrap_or_default();
        self.store.set(INDEX, &json)
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
        let json = Saved::new(doc.clone()).to_json();
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
        let json = Saved::new(doc.clone()).to_json();
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
    use crate::document::ChartKind;
    use crate::goal::Goal;
    use crate::i18n::{Lang, Translator};

    fn doc(figure: &str) -> Document {
        let mut d = Document::example(
            Goal::ZeroHunger,
            ChartKind::BigNumber,
            &Translator::new(Lang::En),
        );
        d.figure = figure.into();
        d
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
