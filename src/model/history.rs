//! Undo and redo over whole documents. Rapid edits with the same key (typing a word in
//! one field) merge into one step; another key, or a pause, starts a new one.

use std::collections::VecDeque;

/// How many steps are kept; the oldest are forgotten first.
pub const LIMIT: usize = 200;
/// Edits of the same field closer together than this (milliseconds) are one step.
pub const MERGE_MS: f64 = 800.0;

/// What makes two edits mergeable: the field, and a version that whole-table changes
/// (imports, reordering) bump so they are always steps of their own.
pub type Key = (&'static str, u32);

/// Past and future states around the present one.
#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    past: VecDeque<T>,
    future: Vec<T>,
    last: Option<(Key, f64)>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: VecDeque::new(),
            future: Vec::new(),
            last: None,
        }
    }
}

impl<T> History<T> {
    /// Records a change away from `before`, with merge key `key`, at `now_ms`.
    pub fn record(&mut self, before: T, key: Key, now_ms: f64) {
        let merge = matches!(self.last, Some((k, at)) if k == key && now_ms - at < MERGE_MS);
        if !merge || self.past.is_empty() {
            self.past.push_back(before);
            if self.past.len() > LIMIT {
                self.past.pop_front();
            }
        }
        self.last = Some((key, now_ms));
        self.future.clear();
    }

    /// The state to go back to, given the present one; None when there is none.
    pub fn undo(&mut self, present: T) -> Option<T> {
        let previous = self.past.pop_back()?;
        self.future.push(present);
        self.last = None;
        Some(previous)
    }

    /// The state to go forward to, given the present one; None when there is none.
    pub fn redo(&mut self, present: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push_back(present);
        self.last = None;
        Some(next)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

/// What a history shortcut asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl/⌘+Z.
    Undo,
    /// Ctrl/⌘+Shift+Z or Ctrl/⌘+Y.
    Redo,
    /// "?": the list of shortcuts.
    Help,
}

/// A key press, as the browser reports it.
#[derive(Debug, Clone, Copy)]
pub struct KeyPress<'a> {
    /// The character the layout gives (`KeyboardEvent.key`): "z" on QWERTY and AZERTY
    /// alike, "ئ" on an Arabic layout.
    pub key: &'a str,
    /// The physical key (`KeyboardEvent.code`): "KeyZ" where QWERTY has its Z.
    pub code: &'a str,
    /// Ctrl or ⌘ held.
    pub command: bool,
    /// Shift held.
    pub shift: bool,
    /// The focus is in a text field, whose own undo the browser keeps (and where "?" is
    /// a question mark).
    pub in_text: bool,
}

impl KeyPress<'_> {
    /// The history shortcut this press is, if any: the letter the layout types where it
    /// is a Latin letter (so AZERTY's Z is Z), else the physical key (so Ctrl+Z works on
    /// an Arabic or Cyrillic layout). Inside a text field the browser's own undo of that
    /// field is left alone; its edits reach the document's history anyway.
    pub fn shortcut(self) -> Option<Shortcut> {
        if self.in_text {
            return None;
        }
        if !self.command {
            return (self.key == "?").then_some(Shortcut::Help);
        }
        let letter = match self.key.chars().next() {
            Some(c) if self.key.chars().count() == 1 && c.is_ascii_alphabetic() => {
                c.to_ascii_lowercase()
            }
            _ => match self.code {
                "KeyZ" => 'z',
                "KeyY" => 'y',
                _ => return None,
            },
        };
        match (letter, self.shift) {
            ('z', false) => Some(Shortcut::Undo),
            ('z', true) | ('y', _) => Some(Shortcut::Redo),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, code: &str, shift: bool, in_text: bool) -> Option<Shortcut> {
        KeyPress {
            key,
            code,
            command: true,
            shift,
            in_text,
        }
        .shortcut()
    }

    #[test]
    fn undo_and_redo_follow_the_letter_on_latin_layouts_and_the_key_on_others() {
        assert_eq!(press("z", "KeyZ", false, false), Some(Shortcut::Undo));
        assert_eq!(press("Z", "KeyZ", true, false), Some(Shortcut::Redo));
        assert_eq!(press("y", "KeyY", false, false), Some(Shortcut::Redo));
        // AZERTY: the key typing "z" sits where QWERTY has W.
        assert_eq!(press("z", "KeyW", false, false), Some(Shortcut::Undo));
        assert_eq!(press("w", "KeyZ", false, false), None);
        // Arabic and Russian layouts type no Latin letter: the physical key decides.
        assert_eq!(press("ئ", "KeyZ", false, false), Some(Shortcut::Undo));
        assert_eq!(press("я", "KeyZ", true, false), Some(Shortcut::Redo));
        assert_eq!(press("غ", "KeyY", false, false), Some(Shortcut::Redo));
        // Not without Ctrl/⌘, and not inside a text field (the browser's own undo).
        assert_eq!(press("z", "KeyZ", false, true), None);
        let plain = KeyPress {
            key: "z",
            code: "KeyZ",
            command: false,
            shift: false,
            in_text: false,
        };
        assert_eq!(plain.shortcut(), None);
        let help = KeyPress {
            key: "?",
            code: "Slash",
            command: false,
            shift: true,
            in_text: false,
        };
        assert_eq!(help.shortcut(), Some(Shortcut::Help));
        let typed = KeyPress {
            in_text: true,
            ..help
        };
        assert_eq!(typed.shortcut(), None, "a question mark typed in a field");
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::default();
        h.record("a", ("figure", 0), 0.0);
        h.record("ab", ("statement", 0), 10.0);
        assert_eq!(h.undo("abc"), Some("ab"));
        assert_eq!(h.undo("ab"), Some("a"));
        assert_eq!(h.undo("a"), None);
        assert_eq!(h.redo("a"), Some("ab"));
        assert_eq!(h.redo("ab"), Some("abc"));
        assert_eq!(h.redo("abc"), None);
    }

    #[test]
    fn typing_in_one_field_is_one_step_until_a_pause() {
        let mut h = History::default();
        h.record("", ("figure", 0), 0.0);
        h.record("1", ("figure", 0), 100.0);
        h.record("1 ", ("figure", 0), 200.0);
        assert_eq!(h.undo("1 i"), Some(""));
        assert!(!h.can_undo());
        let mut h = History::default();
        h.record("", ("figure", 0), 0.0);
        h.record("1", ("figure", 0), 5000.0);
        assert_eq!(h.undo("12"), Some("1"));
    }

    #[test]
    fn whole_table_changes_are_steps_of_their_own() {
        let mut h = History::default();
        h.record("example", ("rows", 0), 0.0);
        h.record("pasted", ("rows", 1), 100.0);
        assert_eq!(h.undo("imported"), Some("pasted"));
        assert_eq!(h.undo("pasted"), Some("example"));
    }

    #[test]
    fn a_new_edit_clears_the_redo_steps() {
        let mut h = History::default();
        h.record(1, ("a", 0), 0.0);
        assert_eq!(h.undo(2), Some(1));
        h.record(1, ("b", 0), 10.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn keeps_at_most_the_limit() {
        let mut h = History::default();
        for i in 0..LIMIT + 50 {
            h.record(i, ("x", 0), i as f64 * 1000.0);
        }
        let mut steps = 0;
        let mut present = LIMIT + 50;
        while let Some(previous) = h.undo(present) {
            present = previous;
            steps += 1;
        }
        assert_eq!(steps, LIMIT);
        assert_eq!(present, 50);
    }
}
