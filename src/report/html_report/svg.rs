//! Inline SVG charts: horizontal bars, stacked bars and paired bars. Geometry is
//! computed in decimals (no floating point) and every label is escaped.

use rust_decimal::Decimal;
use std::fmt::Write;

use crate::points::round;
use crate::report::html::escape;
use crate::text::excerpt;

const WIDTH: i64 = 760;
const LABEL: i64 = 250;
const PLOT: i64 = 440;
const ROW: i64 = 22;
const BAR: i64 = 14;
const TOP: i64 = 8;
const AXIS: i64 = 24;

/// A bar: label, value, colour and tooltip.
pub struct Bar {
    /// Label left of the bar.
    pub label: String,
    /// Length, on the chart's scale.
    pub value: Decimal,
    /// Fill colour.
    pub color: &'static str,
    /// Value shown after the bar.
    pub shown: String,
}

/// A stacked bar: label and segments (value, colour, tooltip).
pub struct Stack {
    /// Label left of the bar.
    pub label: String,
    /// Segments from the left.
    pub segments: Vec<(Decimal, &'static str, String)>,
    /// Total shown after the bar.
    pub shown: String,
}

fn px(value: Decimal) -> String {
    round(value, 1).normalize().to_string()
}

/// x of `value` on a plot from 0 to `max`.
fn x(value: Decimal, max: Decimal) -> Decimal {
    let share = if max.is_zero() { Decimal::ZERO } else { value.max(Decimal::ZERO).min(max) / max };
    Decimal::from(LABEL) + share * Decimal::from(PLOT)
}

fn open(rows: usize, aria: &str) -> (String, i64) {
    let height = TOP + rows as i64 * ROW + AXIS;
    let svg = format!(
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{}">"#,
        escape(aria)
    );
    (svg, height)
}

/// Grid lines and labels at `ticks`, under rows of bars.
fn axis(svg: &mut String, height: i64, max: Decimal, ticks: &[(Decimal, String)]) {
    let bottom = height - AXIS;
    for (tick, text) in ticks {
        let at = px(x(*tick, max));
        let _ = write!(svg, r##"<line x1="{at}" y1="{TOP}" x2="{at}" y2="{bottom}" stroke="#ddd"/>"##);
        let _ = write!(svg, r#"<text x="{at}" y="{}" class="tick" text-anchor="middle">{}</text>"#, bottom + 15, escape(text));
    }
}

fn label(svg: &mut String, row: usize, text: &str) {
    let y = TOP + row as i64 * ROW + BAR - 2;
    let _ = write!(svg, r#"<text x="{}" y="{y}" class="label" text-anchor="end">{}</text>"#, LABEL - 6, escape(&excerpt(text, 38)));
}

fn after(svg: &mut String, row: usize, end: Decimal, text: &str) {
    let y = TOP + row as i64 * ROW + BAR - 2;
    let _ = write!(svg, r#"<text x="{}" y="{y}" class="value">{}</text>"#, px(end + Decimal::from(4)), escape(text));
}

/// Horizontal bars on a scale 0..`max`.
pub fn bar_chart(bars: &[Bar], max: Decimal, ticks: &[(Decimal, String)], aria: &str) -> String {
    let (mut svg, height) = open(bars.len(), aria);
    axis(&mut svg, height, max, ticks);
    for (row, bar) in bars.iter().enumerate() {
        let (y, end) = (TOP + row as i64 * ROW, x(bar.value, max));
        label(&mut svg, row, &bar.label);
        let _ = write!(
            svg,
            r#"<rect x="{LABEL}" y="{y}" width="{}" height="{BAR}" fill="{}"><title>{}: {}</title></rect>"#,
            px(end - Decimal::from(LABEL)),
            bar.color,
            escape(&bar.label),
            escape(&bar.shown)
        );
        after(&mut svg, row, end, &bar.shown);
    }
    svg.push_str("</svg>");
    svg
}

/// Stacked horizontal bars on a scale 0..`max`.
pub fn stacked_chart(stacks: &[Stack], max: Decimal, ticks: &[(Decimal, String)], aria: &str) -> String {
    let (mut svg, height) = open(stacks.len(), aria);
    axis(&mut svg, height, max, ticks);
    for (row, stack) in stacks.iter().enumerate() {
        let y = TOP + row as i64 * ROW;
        label(&mut svg, row, &stack.label);
        let mut sum = Decimal::ZERO;
        for (value, color, title) in &stack.segments {
            let (start, end) = (x(sum, max), x(sum + *value, max));
            sum += *value;
            let _ = write!(
                svg,
                r#"<rect x="{}" y="{y}" width="{}" height="{BAR}" fill="{color}"><title>{}</title></rect>"#,
                px(start),
                px(end - start),
                escape(title)
            );
        }
        after(&mut svg, row, x(sum, max), &stack.shown);
    }
    svg.push_str("</svg>");
    svg
}

/// For each row, two thin bars on 0..100: the unit's share and the average.
pub fn paired_chart(rows: &[(String, Decimal, Decimal)], colors: (&str, &str), show: &dyn Fn(Decimal) -> String, aria: &str) -> String {
    let hundred = Decimal::ONE_HUNDRED;
    let (mut svg, height) = open(rows.len(), aria);
    let ticks: Vec<(Decimal, String)> = (0..=5).map(|i| (Decimal::from(i * 20), format!("{}%", i * 20))).collect();
    axis(&mut svg, height, hundred, &ticks);
    for (row, (text, unit, average)) in rows.iter().enumerate() {
        let y = TOP + row as i64 * ROW;
        label(&mut svg, row, text);
        for (offset, value, color) in [(0, *unit, colors.0), (BAR / 2 + 1, *average, colors.1)] {
            let end = x(value, hundred);
            let _ = write!(
                svg,
                r#"<rect x="{LABEL}" y="{}" width="{}" height="{}" fill="{color}"><title>{}: {}%</title></rect>"#,
                y + offset,
                px(end - Decimal::from(LABEL)),
                BAR / 2 - 1,
                escape(text),
                escape(&show(value))
            );
        }
        after(&mut svg, row, x(*unit.max(average), hundred), &format!("{}% / {}%", show(*unit), show(*average)));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_length_is_proportional_and_labels_escaped() {
        // 75 on a 0..100 scale over 440 px: 330 px wide, starting at x = 250.
        let bars = [Bar { label: "<b>A</b>".into(), value: Decimal::from(75), color: "#4e79a7", shown: "75".into() }];
        let svg = bar_chart(&bars, Decimal::ONE_HUNDRED, &[], "chart");
        assert!(svg.contains(r##"<rect x="250" y="8" width="330" height="14" fill="#4e79a7">"##), "{svg}");
        assert!(svg.contains("&lt;b&gt;A&lt;/b&gt;") && !svg.contains("<b>"), "{svg}");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn stacked_segments_follow_each_other() {
        // 10 and 30 points on a 0..80 scale: 55 px then 165 px, the second starting at 305.
        let stacks = [Stack {
            label: "A".into(),
            segments: vec![(Decimal::from(10), "#111", "1".into()), (Decimal::from(30), "#222", "2".into())],
            shown: "40".into(),
        }];
        let svg = stacked_chart(&stacks, Decimal::from(80), &[], "chart");
        assert!(svg.contains(r##"<rect x="250" y="8" width="55" height="14" fill="#111">"##), "{svg}");
        assert!(svg.contains(r##"<rect x="305" y="8" width="165" height="14" fill="#222">"##), "{svg}");
    }
}
