//! The saved designs as one tab sees them, in memory, in front of a slower store that
//! is written in the background (IndexedDB). Reading and saving never wait: a write
//! lands here at once and waits as a [`Write`] until the store behind has taken it.
//! A value the store behind holds but nobody has asked for yet (a logo) is known by
//! its key only, and filled in when it is first loaded.

use serde::{Deserialize, Serialize};

use super::{KeyValue, StorageError};

/// A change the store behind has not taken yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Write {
    /// The new value; None removes the key.
    pub value: Option<String>,
    /// What the store behind held before this tab's first unwritten change, as far as
    /// this tab knows. A design is only overwritten if it still holds this (another
    /// tab may have written it meanwhile: see [`must_still_hold`]).
    pub was: Option<String>,
}

impl Write {
    /// Whether what `key` holds must be read before writing it (see
    /// [`overwrites_another_tab`](Self::overwrites_another_tab)).
    pub fn is_checked_at(key: &str) -> bool {
        key.starts_with(super::DESIGN)
    }

    /// Whether writing this at `key`, which holds `stored`, would overwrite another
    /// tab's work: only a design (two tabs may both be editing it; the index is merged
    /// and logos are named by their content) that holds neither what this tab last saw
    /// nor this very value (already written, by a page that closed before it heard).
    pub fn overwrites_another_tab(&self, key: &str, stored: Option<&str>) -> bool {
        Write::is_checked_at(key)
            && stored != self.was.as_deref()
            && stored != self.value.as_deref()
    }
}

/// The writes a closing page could not wait for, as text for localStorage (which
/// writes at once), to be taken up by the next page ([`Mirror::resume`]).
pub fn rescue_text(writes: &[(String, Write)]) -> String {
    serde_json::to_string(writes).unwrap_or_default()
}

/// The writes in a [`rescue_text`]; none if it cannot be read.
pub fn rescued(text: &str) -> Vec<(String, Write)> {
    serde_json::from_str(text).unwrap_or_default()
}

/// A map from keys in order, as a sorted list: the designs of one person are a few
/// dozen keys, and a list costs the first load far less code than a `BTreeMap`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sorted<V>(Vec<(String, V)>);

impl<V> Default for Sorted<V> {
    fn default() -> Self {
        Sorted(Vec::new())
    }
}

impl<V> Sorted<V> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    fn insert(&mut self, key: &str, value: V) {
        match self.find(key) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key.to_owned(), value)),
        }
    }

    fn remove(&mut self, key: &str) {
        if let Ok(i) = self.find(key) {
            self.0.remove(i);
        }
    }

    /// The keys that start with `prefix`.
    fn keys(&self, prefix: &str) -> Vec<String> {
        let start = self.0.partition_point(|(k, _)| k.as_str() < prefix);
        self.0[start..]
            .iter()
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, _)| k.clone())
            .collect()
    }
}

/// The store in memory, and the writes waiting for the store behind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mirror {
    /// Every key the store holds; None for a value not loaded yet.
    values: Sorted<Option<String>>,
    /// Unwritten changes, one per key: the latest value, and what was there before.
    writes: Sorted<Write>,
}

impl Mirror {
    /// What the store behind holds: `loaded` values, and the keys of values to be
    /// loaded only when wanted.
    pub fn new(
        loaded: impl IntoIterator<Item = (String, String)>,
        unloaded: impl IntoIterator<Item = String>,
    ) -> Mirror {
        let mut values = Sorted::default();
        for key in unloaded {
            values.insert(&key, None);
        }
        for (key, value) in loaded {
            values.insert(&key, Some(value));
        }
        Mirror {
            values,
            writes: Sorted::default(),
        }
    }

    /// Whether `key` is held but its value not loaded yet.
    pub fn is_unloaded(&self, key: &str) -> bool {
        matches!(self.values.get(key), Some(None))
    }

    /// A value loaded from the store behind (a logo asked for).
    pub fn fill(&mut self, key: &str, value: String) {
        if let Some(slot @ None) = self.values.get_mut(key) {
            *slot = Some(value);
        }
    }

    /// Whether writes are waiting.
    pub fn has_writes(&self) -> bool {
        !self.writes.0.is_empty()
    }

    /// The waiting writes, left waiting (for a rescue copy while the page closes).
    pub fn unwritten(&self) -> Vec<(String, Write)> {
        self.writes.0.clone()
    }

    /// Takes up writes a page closed before writing: they are read as this tab's own,
    /// and wait to be written, still checked against what that page last saw.
    pub fn resume(&mut self, writes: Vec<(String, Write)>) {
        for (key, write) in writes {
            match &write.value {
                Some(v) => self.values.insert(&key, Some(v.clone())),
                None => self.values.remove(&key),
            };
            let was = self.writes.get(&key).map_or(write.was, |w| w.was.clone());
            self.writes.insert(
                &key,
                Write {
                    value: write.value,
                    was,
                },
            );
        }
    }

    /// The waiting writes, handed to whoever writes the store behind.
    pub fn take_writes(&mut self) -> Vec<(String, Write)> {
        std::mem::take(&mut self.writes.0)
    }

    /// Writes the store behind did not take (it was full, or went away): they wait
    /// again, behind any newer change to the same key, to be tried with the next.
    pub fn writes_failed(&mut self, failed: Vec<(String, Write)>) {
        for (key, write) in failed {
            match self.writes.get_mut(&key) {
                // The newer value stands; the store behind still holds the older `was`.
                Some(newer) => newer.was = write.was,
                None => {
                    self.writes.insert(&key, write);
                }
            }
        }
    }

    /// Another tab wrote `key` (None: removed it). Taken in unless this tab has an
    /// unwritten change there, which will meet the other tab's value when written.
    pub fn observe(&mut self, key: &str, value: Option<String>) {
        if self.writes.get(key).is_some() {
            return;
        }
        match value {
            Some(v) => self.values.insert(key, Some(v)),
            None => self.values.remove(key),
        };
    }

    /// Writing `key` met another tab's newer value, `theirs`: it is kept, and this
    /// tab's unwritten change there dropped (the caller saves it elsewhere).
    pub fn lost_race(&mut self, key: &str, theirs: Option<String>) {
        self.writes.remove(key);
        self.observe(key, theirs);
    }

    fn change(&mut self, key: &str, value: Option<String>) {
        let was = self.values.get(key).cloned().flatten();
        let was = self.writes.get(key).map_or(was, |w| w.was.clone());
        match &value {
            Some(v) => self.values.insert(key, Some(v.clone())),
            None => self.values.remove(key),
        };
        self.writes.insert(key, Write { value, was });
    }
}

impl KeyValue for Mirror {
    fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned().flatten()
    }

    fn has(&self, key: &str) -> bool {
        self.values.contains_key(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.get(key).as_deref() != Some(value) {
            self.change(key, Some(value.to_owned()));
        }
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        if self.has(key) {
            self.change(key, None);
        }
    }

    fn keys(&self, prefix: &str) -> Vec<String> {
        self.values.keys(prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn writes_wait_coalesced_and_remember_what_was_there() {
        let mut m = Mirror::new(entries(&[("a", "1")]), ["logo".to_owned()]);
        m.set("a", "2").unwrap();
        m.set("a", "3").unwrap();
        m.set("b", "x").unwrap();
        m.remove("b");
        assert_eq!(
            m.get("a").as_deref(),
            Some("3"),
            "reads see the change at once"
        );
        assert!(m.has("logo") && m.get("logo").is_none() && m.is_unloaded("logo"));
        let writes = m.take_writes();
        assert_eq!(
            writes,
            vec![
                (
                    "a".into(),
                    Write {
                        value: Some("3".into()),
                        was: Some("1".into())
                    }
                ),
                (
                    "b".into(),
                    Write {
                        value: None,
                        was: None
                    }
                ),
            ]
        );
        assert!(!m.has_writes());
        m.set("a", "3").unwrap();
        assert!(!m.has_writes(), "writing the same value again is no change");
    }

    #[test]
    fn failed_writes_wait_again_behind_newer_changes() {
        let mut m = Mirror::new(entries(&[("a", "1")]), []);
        m.set("a", "2").unwrap();
        m.set("c", "new").unwrap();
        let failed = m.take_writes();
        m.set("a", "3").unwrap();
        m.writes_failed(failed);
        let writes = m.take_writes();
        assert_eq!(
            writes[0].1.value.as_deref(),
            Some("3"),
            "the newer value stands"
        );
        assert_eq!(
            writes[0].1.was.as_deref(),
            Some("1"),
            "the store still holds 1"
        );
        assert_eq!(writes[1].0, "c", "a lost write is tried again");
    }

    #[test]
    fn another_tabs_writes_are_seen_unless_this_tab_has_one_waiting() {
        let mut m = Mirror::new(entries(&[("a", "1"), ("b", "1")]), ["l".to_owned()]);
        m.set("a", "mine").unwrap();
        m.observe("a", Some("theirs".into()));
        m.observe("b", Some("theirs".into()));
        m.fill("l", "logo".into());
        m.fill("zzz", "never asked".into());
        assert_eq!(m.get("a").as_deref(), Some("mine"));
        assert_eq!(m.get("b").as_deref(), Some("theirs"));
        assert_eq!(m.get("l").as_deref(), Some("logo"));
        assert!(!m.has("zzz"));
        m.observe("b", None);
        assert_eq!(m.keys(""), vec!["a", "l"]);
    }

    #[test]
    fn writes_rescued_by_a_closing_page_are_taken_up_by_the_next() {
        let mut closing = Mirror::new(entries(&[("lnb-studio/design/x", "old")]), []);
        closing
            .set("lnb-studio/design/x", "typed just before closing")
            .unwrap();
        let text = rescue_text(&closing.unwritten());
        assert!(closing.has_writes(), "rescuing leaves the writes waiting");
        let mut next = Mirror::new(entries(&[("lnb-studio/design/x", "old")]), []);
        next.resume(rescued(&text));
        assert_eq!(
            next.get("lnb-studio/design/x").as_deref(),
            Some("typed just before closing")
        );
        let (key, write) = next.take_writes().remove(0);
        assert!(!write.overwrites_another_tab(&key, Some("old")));
        assert!(
            !write.overwrites_another_tab(&key, Some("typed just before closing")),
            "already written before the page closed"
        );
        assert!(write.overwrites_another_tab(&key, Some("another tab's")));
        assert!(!write.overwrites_another_tab("lnb-studio/index", Some("another tab's")));
        assert!(rescued("not json").is_empty());
    }
}
