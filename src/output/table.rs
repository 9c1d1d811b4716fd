//! den's one table printer, laid out as podman's (text/tabwriter with minimum cell width 12
//! and padding 2; the last column is not padded).

use std::fmt::Write as _;

/// The smallest width of a padded cell, as podman's `report.NewWriterDefault`.
const MIN_WIDTH: usize = 12;
/// Blanks after the longest cell of a column.
const PADDING: usize = 2;

/// Lays `rows` (the header first) out in columns, trailing blanks trimmed, one line each.
pub fn format_table<R: AsRef<[String]>>(rows: &[R]) -> String {
    let columns = rows.iter().map(|r| r.as_ref().len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            let longest = rows
                .iter()
                .filter_map(|r| r.as_ref().get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0);
            (longest + PADDING).max(MIN_WIDTH)
        })
        .collect();
    let mut text = String::new();
    for row in rows {
        let row = row.as_ref();
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 == row.len() {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<width$}", width = widths[c]);
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_string()).collect()
    }

    #[test]
    fn columns_are_at_least_twelve_wide_and_the_last_is_not_padded() {
        let t = format_table(&[row(&["A", "B"]), row(&["a-long-repository-name", "x"])]);
        assert_eq!(t, "A                       B\na-long-repository-name  x\n");
        let t = format_table(&[["TAG".to_string(), "IMAGE ID".to_string(), "SIZE".into()]]);
        assert_eq!(t, "TAG         IMAGE ID    SIZE\n");
    }

    #[test]
    fn empty_cells_at_the_end_leave_no_blanks() {
        let t = format_table(&[row(&["ID", "COMMENT"]), row(&["abc", ""])]);
        assert_eq!(t, "ID          COMMENT\nabc\n");
    }
}
