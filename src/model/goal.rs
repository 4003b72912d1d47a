//! The five Global Goals LNB Studio covers, with their official colours.

use serde::{Deserialize, Serialize};

use crate::model::colour::Rgb;

/// One of Global Goals 1–5. Serialised as its number, so saved documents stay
/// readable and a share link stays short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Goal {
    /// Goal 1: No Poverty.
    NoPoverty,
    /// Goal 2: Zero Hunger.
    ZeroHunger,
    /// Goal 3: Good Health and Well-being.
    GoodHealth,
    /// Goal 4: Quality Education.
    QualityEducation,
    /// Goal 5: Gender Equality.
    GenderEquality,
}

/// A goal number outside 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownGoal(pub u8);

impl std::fmt::Display for UnknownGoal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "goal {} is not one of Goals 1–5", self.0)
    }
}

impl Goal {
    /// All goals, in order.
    pub const ALL: [Goal; 5] = [
        Goal::NoPoverty,
        Goal::ZeroHunger,
        Goal::GoodHealth,
        Goal::QualityEducation,
        Goal::GenderEquality,
    ];

    /// The goal's number, 1–5.
    pub fn number(self) -> u8 {
        match self {
            Goal::NoPoverty => 1,
            Goal::ZeroHunger => 2,
            Goal::GoodHealth => 3,
            Goal::QualityEducation => 4,
            Goal::GenderEquality => 5,
        }
    }

    /// The goal with this number, if it is 1–5.
    pub fn from_number(number: u8) -> Result<Goal, UnknownGoal> {
        Goal::ALL
            .into_iter()
            .find(|goal| goal.number() == number)
            .ok_or(UnknownGoal(number))
    }

    /// The official colour from the UN SDG communication guidelines.
    pub fn colour(self) -> Rgb {
        match self {
            Goal::NoPoverty => Rgb::from_hex(0xE5243B),
            Goal::ZeroHunger => Rgb::from_hex(0xDDA63A),
            Goal::GoodHealth => Rgb::from_hex(0x4C9F38),
            Goal::QualityEducation => Rgb::from_hex(0xC5192D),
            Goal::GenderEquality => Rgb::from_hex(0xFF3A21),
        }
    }

    /// The Fluent message id of the goal's short name ("Quality Education").
    pub fn name_id(self) -> &'static str {
        match self {
            Goal::NoPoverty => "goal-1-name",
            Goal::ZeroHunger => "goal-2-name",
            Goal::GoodHealth => "goal-3-name",
            Goal::QualityEducation => "goal-4-name",
            Goal::GenderEquality => "goal-5-name",
        }
    }

    /// Fluent ids of the goal's big-number example: figure, statement, source, year.
    pub fn example_ids(self) -> [&'static str; 4] {
        match self {
            Goal::NoPoverty => [
                "example-1-figure",
                "example-1-statement",
                "example-1-source",
                "example-1-year",
            ],
            Goal::ZeroHunger => [
                "example-2-figure",
                "example-2-statement",
                "example-2-source",
                "example-2-year",
            ],
            Goal::GoodHealth => [
                "example-3-figure",
                "example-3-statement",
                "example-3-source",
                "example-3-year",
            ],
            Goal::QualityEducation => [
                "example-4-figure",
                "example-4-statement",
                "example-4-source",
                "example-4-year",
            ],
            Goal::GenderEquality => [
                "example-5-figure",
                "example-5-statement",
                "example-5-source",
                "example-5-year",
            ],
        }
    }

    /// The Fluent id of the indicator the goal's chart examples illustrate.
    pub fn indicator_id(self) -> &'static str {
        match self {
            Goal::NoPoverty => "example-1-indicator",
            Goal::ZeroHunger => "example-2-indicator",
            Goal::GoodHealth => "example-3-indicator",
            Goal::QualityEducation => "example-4-indicator",
            Goal::GenderEquality => "example-5-indicator",
        }
    }
}

impl TryFrom<u8> for Goal {
    type Error = UnknownGoal;
    fn try_from(number: u8) -> Result<Self, Self::Error> {
        Goal::from_number(number)
    }
}

impl From<Goal> for u8 {
    fn from(goal: Goal) -> u8 {
        goal.number()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_out_of_range_is_refused() {
        for goal in Goal::ALL {
            assert_eq!(Goal::from_number(goal.number()), Ok(goal));
        }
        assert_eq!(Goal::from_number(0), Err(UnknownGoal(0)));
        assert_eq!(Goal::from_number(6), Err(UnknownGoal(6)));
    }

    #[test]
    fn colours_are_the_official_ones() {
        assert_eq!(Goal::QualityEducation.colour(), Rgb::new(0xC5, 0x19, 0x2D));
        assert_eq!(Goal::GenderEquality.colour(), Rgb::new(0xFF, 0x3A, 0x21));
    }
}
