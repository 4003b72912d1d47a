//! The seventeen Global Goals, with their official colours. Each Goal's facts are one
//! row of [`GOALS`]; the methods read that row, so adding a fact is adding a column.

use serde::{Deserialize, Serialize};

use crate::model::colour::Rgb;

/// One of the seventeen Global Goals. Serialised as its number, so saved documents
/// stay readable and a share link stays short.
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
    /// Goal 6: Clean Water and Sanitation.
    CleanWater,
    /// Goal 7: Affordable and Clean Energy.
    CleanEnergy,
    /// Goal 8: Decent Work and Economic Growth.
    DecentWork,
    /// Goal 9: Industry, Innovation and Infrastructure.
    Industry,
    /// Goal 10: Reduced Inequalities.
    ReducedInequalities,
    /// Goal 11: Sustainable Cities and Communities.
    SustainableCities,
    /// Goal 12: Responsible Consumption and Production.
    ResponsibleConsumption,
    /// Goal 13: Climate Action.
    ClimateAction,
    /// Goal 14: Life Below Water.
    LifeBelowWater,
    /// Goal 15: Life on Land.
    LifeOnLand,
    /// Goal 16: Peace, Justice and Strong Institutions.
    Peace,
    /// Goal 17: Partnerships for the Goals.
    Partnerships,
}

/// A goal number outside 1–17.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownGoal(pub u8);

impl std::fmt::Display for UnknownGoal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "goal {} is not one of Goals 1–17", self.0)
    }
}

/// What the studio knows of one Goal; its number is its place in [`GOALS`] plus one.
struct GoalFacts {
    goal: Goal,
    /// The official colour (UN SDG communication guidelines), `0xRRGGBB`.
    colour: u32,
    /// Fluent ids: its short name; its big-number example's figure, statement, source
    /// and year; the indicator its chart examples illustrate.
    name: &'static str,
    example: [&'static str; 4],
    indicator: &'static str,
}

/// Every Goal's facts, in the Goals' order.
static GOALS: [GoalFacts; 17] = [
    GoalFacts {
        goal: Goal::NoPoverty,
        colour: 0xE5243B,
        name: "goal-1-name",
        example: [
            "example-1-figure",
            "example-1-statement",
            "example-1-source",
            "example-1-year",
        ],
        indicator: "example-1-indicator",
    },
    GoalFacts {
        goal: Goal::ZeroHunger,
        colour: 0xDDA63A,
        name: "goal-2-name",
        example: [
            "example-2-figure",
            "example-2-statement",
            "example-2-source",
            "example-2-year",
        ],
        indicator: "example-2-indicator",
    },
    GoalFacts {
        goal: Goal::GoodHealth,
        colour: 0x4C9F38,
        name: "goal-3-name",
        example: [
            "example-3-figure",
            "example-3-statement",
            "example-3-source",
            "example-3-year",
        ],
        indicator: "example-3-indicator",
    },
    GoalFacts {
        goal: Goal::QualityEducation,
        colour: 0xC5192D,
        name: "goal-4-name",
        example: [
            "example-4-figure",
            "example-4-statement",
            "example-4-source",
            "example-4-year",
        ],
        indicator: "example-4-indicator",
    },
    GoalFacts {
        goal: Goal::GenderEquality,
        colour: 0xFF3A21,
        name: "goal-5-name",
        example: [
            "example-5-figure",
            "example-5-statement",
            "example-5-source",
            "example-5-year",
        ],
        indicator: "example-5-indicator",
    },
    GoalFacts {
        goal: Goal::CleanWater,
        colour: 0x26BDE2,
        name: "goal-6-name",
        example: [
            "example-6-figure",
            "example-6-statement",
            "example-6-source",
            "example-6-year",
        ],
        indicator: "example-6-indicator",
    },
    GoalFacts {
        goal: Goal::CleanEnergy,
        colour: 0xFCC30B,
        name: "goal-7-name",
        example: [
            "example-7-figure",
            "example-7-statement",
            "example-7-source",
            "example-7-year",
        ],
        indicator: "example-7-indicator",
    },
    GoalFacts {
        goal: Goal::DecentWork,
        colour: 0xA21942,
        name: "goal-8-name",
        example: [
            "example-8-figure",
            "example-8-statement",
            "example-8-source",
            "example-8-year",
        ],
        indicator: "example-8-indicator",
    },
    GoalFacts {
        goal: Goal::Industry,
        colour: 0xFD6925,
        name: "goal-9-name",
        example: [
            "example-9-figure",
            "example-9-statement",
            "example-9-source",
            "example-9-year",
        ],
        indicator: "example-9-indicator",
    },
    GoalFacts {
        goal: Goal::ReducedInequalities,
        colour: 0xDD1367,
        name: "goal-10-name",
        example: [
            "example-10-figure",
            "example-10-statement",
            "example-10-source",
            "example-10-year",
        ],
        indicator: "example-10-indicator",
    },
    GoalFacts {
        goal: Goal::SustainableCities,
        colour: 0xFD9D24,
        name: "goal-11-name",
        example: [
            "example-11-figure",
            "example-11-statement",
            "example-11-source",
            "example-11-year",
        ],
        indicator: "example-11-indicator",
    },
    GoalFacts {
        goal: Goal::ResponsibleConsumption,
        colour: 0xBF8B2E,
        name: "goal-12-name",
        example: [
            "example-12-figure",
            "example-12-statement",
            "example-12-source",
            "example-12-year",
        ],
        indicator: "example-12-indicator",
    },
    GoalFacts {
        goal: Goal::ClimateAction,
        colour: 0x3F7E44,
        name: "goal-13-name",
        example: [
            "example-13-figure",
            "example-13-statement",
            "example-13-source",
            "example-13-year",
        ],
        indicator: "example-13-indicator",
    },
    GoalFacts {
        goal: Goal::LifeBelowWater,
        colour: 0x0A97D9,
        name: "goal-14-name",
        example: [
            "example-14-figure",
            "example-14-statement",
            "example-14-source",
            "example-14-year",
        ],
        indicator: "example-14-indicator",
    },
    GoalFacts {
        goal: Goal::LifeOnLand,
        colour: 0x56C02B,
        name: "goal-15-name",
        example: [
            "example-15-figure",
            "example-15-statement",
            "example-15-source",
            "example-15-year",
        ],
        indicator: "example-15-indicator",
    },
    GoalFacts {
        goal: Goal::Peace,
        colour: 0x00689D,
        name: "goal-16-name",
        example: [
            "example-16-figure",
            "example-16-statement",
            "example-16-source",
            "example-16-year",
        ],
        indicator: "example-16-indicator",
    },
    GoalFacts {
        goal: Goal::Partnerships,
        colour: 0x19486A,
        name: "goal-17-name",
        example: [
            "example-17-figure",
            "example-17-statement",
            "example-17-source",
            "example-17-year",
        ],
        indicator: "example-17-indicator",
    },
];

impl Goal {
    /// All goals, in order.
    pub const ALL: [Goal; 17] = [
        Goal::NoPoverty,
        Goal::ZeroHunger,
        Goal::GoodHealth,
        Goal::QualityEducation,
        Goal::GenderEquality,
        Goal::CleanWater,
        Goal::CleanEnergy,
        Goal::DecentWork,
        Goal::Industry,
        Goal::ReducedInequalities,
        Goal::SustainableCities,
        Goal::ResponsibleConsumption,
        Goal::ClimateAction,
        Goal::LifeBelowWater,
        Goal::LifeOnLand,
        Goal::Peace,
        Goal::Partnerships,
    ];

    fn facts(self) -> &'static GoalFacts {
        GOALS.iter().find(|f| f.goal == self).unwrap_or(&GOALS[0])
    }

    /// The goal's number, 1–17.
    pub fn number(self) -> u8 {
        GOALS
            .iter()
            .position(|f| f.goal == self)
            .map_or(1, |i| i as u8 + 1)
    }

    /// The goal with this number, if it is 1–17.
    pub fn from_number(number: u8) -> Result<Goal, UnknownGoal> {
        usize::from(number)
            .checked_sub(1)
            .and_then(|i| GOALS.get(i))
            .map(|f| f.goal)
            .ok_or(UnknownGoal(number))
    }

    /// The official colour from the UN SDG communication guidelines.
    pub fn colour(self) -> Rgb {
        Rgb::from_hex(self.facts().colour)
    }

    /// The Fluent message id of the goal's short name ("Quality Education").
    pub fn name_id(self) -> &'static str {
        self.facts().name
    }

    /// Fluent ids of the goal's big-number example: figure, statement, source, year.
    pub fn example_ids(self) -> [&'static str; 4] {
        self.facts().example
    }

    /// The Fluent id of the indicator the goal's chart examples illustrate.
    pub fn indicator_id(self) -> &'static str {
        self.facts().indicator
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
        assert_eq!(Goal::from_number(18), Err(UnknownGoal(18)));
        assert_eq!(Goal::from_number(255), Err(UnknownGoal(255)));
        assert_eq!(Goal::ALL.len(), GOALS.len());
        for (i, facts) in GOALS.iter().enumerate() {
            assert_eq!(Goal::ALL[i], facts.goal, "ALL and GOALS in the same order");
        }
    }

    #[test]
    fn colours_are_the_official_ones() {
        assert_eq!(Goal::QualityEducation.colour(), Rgb::new(0xC5, 0x19, 0x2D));
        assert_eq!(Goal::GenderEquality.colour(), Rgb::new(0xFF, 0x3A, 0x21));
        assert_eq!(Goal::CleanEnergy.colour(), Rgb::new(0xFC, 0xC3, 0x0B));
        assert_eq!(Goal::ClimateAction.colour(), Rgb::new(0x3F, 0x7E, 0x44));
        assert_eq!(Goal::Partnerships.colour(), Rgb::new(0x19, 0x48, 0x6A));
        assert_eq!(Goal::ClimateAction.name_id(), "goal-13-name");
        assert_eq!(Goal::Peace.example_ids()[2], "example-16-source");
    }
}
