//! A choropleth's classes: the values cut into steps of equal counts (quantiles),
//! each step a colour. Each threshold is a value of the table (the first of its
//! step), so the legend's edges are figures a reader can find, equal values share a
//! step, and no step is empty. Or the campaigner's own steps ([`read_breaks`]): the
//! values each step starts at, as typed.

use crate::model::i18n::Lang;
use crate::model::number::parse_number;

/// The most values a campaigner's own steps may start at: six steps.
pub const MOST_BREAKS: usize = 5;

/// Why typed steps cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreaksError {
    /// A part is not a number in the table's language.
    NotANumber,
    /// More than [`MOST_BREAKS`] distinct values.
    TooMany,
}

impl crate::model::error::UserError for BreaksError {
    fn message_id(&self) -> &'static str {
        match self {
            BreaksError::NotANumber => "map-breaks-unreadable",
            BreaksError::TooMany => "map-breaks-too-many",
        }
    }
}

/// The values a campaigner's own steps start at, typed in `lang`: apart by
/// semicolons when there is one ("1 000; 5 000" keeps its grouped thousands), else
/// by spaces ("10 20 40", "10, 20, 40"), in the order typed ([`Classes::at`] puts
/// them in order). Empty text is no steps of one's own (`Ok` of nothing). The
/// editor's check reads them on every change, so nothing here sorts.
pub fn read_breaks(text: &str, lang: Lang) -> Result<Vec<f64>, BreaksError> {
    let parts: Vec<&str> = if text.contains(';') {
        text.split(';').collect()
    } else {
        text.split_whitespace().collect()
    };
    let mut breaks = Vec::new();
    for part in parts {
        // A part that is a separator's leftover ("10, 20": "10,") reads as its number.
        let part = part.trim().trim_end_matches([',', '\u{60c}']);
        match parse_number(part, lang) {
            Ok(Some(v)) => breaks.push(v),
            Ok(None) => {}
            Err(_) => return Err(BreaksError::NotANumber),
        }
    }
    let distinct = (0..breaks.len())
        .filter(|&i| !breaks[..i].contains(&breaks[i]))
        .count();
    if distinct > MOST_BREAKS {
        return Err(BreaksError::TooMany);
    }
    Ok(breaks)
}

/// The steps values are cut into.
#[derive(Debug, Clone, PartialEq)]
pub struct Classes {
    /// The smallest value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
    /// The inner thresholds, ascending: a value below `thresholds[0]` is in the
    /// first step, one at or above the last threshold in the last.
    pub thresholds: Vec<f64>,
}

impl Classes {
    /// `steps` quantile steps over `values` (the finite ones), or None without any.
    pub fn quantiles(values: &[f64], steps: usize) -> Option<Classes> {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        sorted.sort_by(f64::total_cmp);
        let (&min, &max) = (sorted.first()?, sorted.last()?);
        let steps = steps.max(1);
        let n = sorted.len();
        let mut thresholds: Vec<f64> = Vec::new();
        for k in 1..steps {
            // The value at the step's share of the table, or the next one above the
            // threshold before it when ties reach that far.
            let floor = thresholds.last().copied().unwrap_or(min);
            let at = (k * n).div_ceil(steps);
            if let Some(&t) = sorted
                .get(at..)
                .and_then(|rest| rest.iter().find(|&&v| v > floor))
            {
                thresholds.push(t);
            }
        }
        Some(Classes {
            min,
            max,
            thresholds,
        })
    }

    /// Steps starting at `breaks` (in any order) over `values` (the finite ones), or
    /// None without any: a break at or below the smallest value, or above the largest, would
    /// start an empty step, and is left out.
    pub fn at(values: &[f64], breaks: &[f64]) -> Option<Classes> {
        let finite = values.iter().copied().filter(|v| v.is_finite());
        let (min, max) = finite.fold(None, |range: Option<(f64, f64)>, v| {
            Some(range.map_or((v, v), |(a, b)| (a.min(v), b.max(v))))
        })?;
        let mut thresholds: Vec<f64> = breaks
            .iter()
            .copied()
            .filter(|&t| t > min && t <= max)
            .collect();
        thresholds.sort_by(f64::total_cmp);
        thresholds.dedup();
        Some(Classes {
            min,
            max,
            thresholds,
        })
    }

    /// How many steps.
    pub fn len(&self) -> usize {
        self.thresholds.len() + 1
    }

    /// Never empty: one step at least.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The step `value` is in.
    pub fn of(&self, value: f64) -> usize {
        self.thresholds.partition_point(|&t| t <= value)
    }

    /// The values at the steps' edges, left to right: the smallest, each threshold,
    /// the largest.
    pub fn edges(&self) -> Vec<f64> {
        let mut edges = vec![self.min];
        edges.extend(&self.thresholds);
        edges.push(self.max);
        edges
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile_steps_hold_equal_counts() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let c = Classes::quantiles(&values, 5).expect("values");
        assert_eq!(c.thresholds, vec![3.0, 5.0, 7.0, 9.0]);
        let counts = (0..5).map(|k| values.iter().filter(|&&v| c.of(v) == k).count());
        assert_eq!(counts.collect::<Vec<_>>(), vec![2, 2, 2, 2, 2]);
        assert_eq!(c.edges(), vec![1.0, 3.0, 5.0, 7.0, 9.0, 10.0]);
    }

    #[test]
    fn own_steps_are_read_as_typed_and_start_where_asked() {
        assert_eq!(
            read_breaks("10 20 40", Lang::En),
            Ok(vec![10.0, 20.0, 40.0])
        );
        assert_eq!(
            read_breaks("40, 10, 20, 10", Lang::En),
            Ok(vec![40.0, 10.0, 20.0, 10.0]),
            "as typed: the classes put them in order"
        );
        assert_eq!(
            read_breaks("1 1 1 1 1 1 2", Lang::En).map(|b| b.len()),
            Ok(7),
            "two distinct values are not too many"
        );
        assert_eq!(
            read_breaks("1,000; 2,500", Lang::En),
            Ok(vec![1000.0, 2500.0])
        );
        assert_eq!(read_breaks("12,5 20", Lang::Fr), Ok(vec![12.5, 20.0]));
        assert_eq!(
            read_breaks("1 000 ; 5 000", Lang::Fr),
            Ok(vec![1000.0, 5000.0])
        );
        assert_eq!(read_breaks("٢٠ ٤٠", Lang::Ar), Ok(vec![20.0, 40.0]));
        assert_eq!(read_breaks("  ", Lang::En), Ok(vec![]));
        assert_eq!(
            read_breaks("10 ten", Lang::En),
            Err(BreaksError::NotANumber)
        );
        assert_eq!(
            read_breaks("1 2 3 4 5 6", Lang::En),
            Err(BreaksError::TooMany)
        );
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let c = Classes::at(&values, &[8.0, 0.0, 4.0, 11.0, 4.0]).expect("values");
        assert_eq!(
            c.thresholds,
            vec![4.0, 8.0],
            "breaks outside the values start no step"
        );
        let counts: Vec<usize> = (0..3)
            .map(|k| values.iter().filter(|&&v| c.of(v) == k).count())
            .collect();
        assert_eq!(counts, vec![3, 4, 3]);
        assert_eq!(Classes::at(&[f64::NAN], &[1.0]), None);
    }

    #[test]
    fn never_more_steps_than_values() {
        let c = Classes::quantiles(&[5.0, 5.0, 9.0, f64::NAN], 5).expect("values");
        assert_eq!(c.len(), 2);
        assert_eq!((c.of(5.0), c.of(9.0)), (0, 1));
        assert_eq!(Classes::quantiles(&[3.0], 4).map(|c| c.len()), Some(1));
        // Ties stay together: the three equal lowest values are one step.
        let tied = Classes::quantiles(&[1.0, 1.0, 1.0, 2.0, 3.0, 4.0], 3).expect("values");
        let steps: Vec<usize> = [1.0, 2.0, 3.0, 4.0].iter().map(|&v| tied.of(v)).collect();
        assert_eq!(steps, vec![0, 1, 2, 2], "{tied:?}");
        assert_eq!(Classes::quantiles(&[f64::INFINITY], 4), None);
    }
}
