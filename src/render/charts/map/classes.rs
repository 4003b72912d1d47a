//! A choropleth's classes: the values cut into steps of equal counts (quantiles),
//! each step a colour. Each threshold is a value of the table (the first of its
//! step), so the legend's edges are figures a reader can find, equal values share a
//! step, and no step is empty.

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
