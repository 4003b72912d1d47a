//! Big number: the figure as typed ("1 in 3", "712 million"), set as large as its area
//! allows; the statement beside it finishes the sentence.

use super::{Chart, Fields};
use crate::model::document::{ChartKind, Document};
use crate::model::format::Shape;
use crate::model::i18n::Translator;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Role};
use crate::render::text::Face;
use crate::render::validate::Issue;

/// The big number's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::BigNumber,
    slug: "big-number",
    label_id: "chart-big-number",
    fields: Fields {
        figure: true,
        table: false,
        year: false,
        target: false,
        every_row: false,
        places: false,
    },
    example_rows: |_| Vec::new(),
    example_target: None,
    check,
    describe,
    layout,
};

fn check(doc: &Document, _: &[Option<f64>]) -> Option<Issue> {
    doc.figure.trim().is_empty().then_some(Issue::NoFigure)
}

/// Nothing beyond the headline, which already leads with the figure.
fn describe(_: &Document, _: &Translator) -> String {
    String::new()
}

/// Beside the words, the figure is centred on them; above them (square, tall and
/// poster formats), it stands on them.
fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let figure = ctx.spec(ctx.ty().figure, Face::OswaldBold, Role::Figure, 3);
    let valign = match ctx.doc.format.shape() {
        Shape::Wide => VAlign::Middle,
        Shape::Tall => VAlign::Bottom,
    };
    let text = ctx.doc.figure.trim();
    ctx.text(items, text, &figure, area, Align::Start, valign);
}
