//! podman's wording for sizes and ages: docker/go-units `HumanSizeWithPrecision` and
//! `HumanDuration`, reproduced to the digit and to the second, so `den images`, `den ps`,
//! `den history` and `den system df` read as podman's do.

/// The decimal units go-units uses.
const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];

/// Which of podman's two size columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeStyle {
    /// `images` and `history`: three significant digits, a blank before the unit ("2.13 MB").
    Column,
    /// `system df`: go-units `HumanSize`, four significant digits, no blank ("4.493MB").
    Df,
}

/// `size` bytes in decimal units, as podman prints them in `style`.
pub fn human_size(size: u64, style: SizeStyle) -> String {
    #[allow(clippy::cast_precision_loss)] // at most four significant digits are shown
    let mut value = size as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    match style {
        SizeStyle::Column => format!("{} {}", format_g(value, 3), UNITS[unit]),
        SizeStyle::Df => format!("{}{}", format_g(value, 4), UNITS[unit]),
    }
}

/// Go's `%.{digits}g` for a value >= 0: `digits` significant digits, trailing zeros dropped,
/// the exponent form when the value needs more digits than that (`999.95` at three: `1e+03`).
fn format_g(value: f64, digits: usize) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let sci = format!("{value:.prec$e}", prec = digits.saturating_sub(1));
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits = i64::try_from(digits).unwrap_or(i64::MAX);
    if exp < -4 || exp >= digits {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{}e{sign}{:02}", trim_zeros(mantissa), exp.abs());
    }
    let decimals = usize::try_from(digits - 1 - exp).unwrap_or(0);
    trim_zeros(&format!("{value:.decimals$}")).to_string()
}

/// `2.50` -> `2.5`, `4.00` -> `4`; a number without a point is left alone.
fn trim_zeros(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// go-units `HumanDuration` of `secs` ("5 seconds", "About an hour", "3 weeks"); podman adds
/// " ago" (CREATED, and STATUS "Up 5 minutes ago", "Exited (0) 2 hours ago").
pub fn human_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let minutes = secs / 60;
    // go-units rounds hours to the nearest: int(d.Hours() + 0.5).
    let hours = (secs + 1800) / 3600;
    match secs {
        0 => "Less than a second".into(),
        1 => "1 second".into(),
        s if s < 60 => format!("{s} seconds"),
        _ if minutes == 1 => "About a minute".into(),
        _ if minutes < 60 => format!("{minutes} minutes"),
        _ if hours == 1 => "About an hour".into(),
        _ if hours < 48 => format!("{hours} hours"),
        _ if hours < 24 * 7 * 2 => format!("{} days", hours / 24),
        _ if hours < 24 * 30 * 2 => format!("{} weeks", hours / 24 / 7),
        _ if hours < 24 * 365 * 2 => format!("{} months", hours / 24 / 30),
        // Whole hours here, not rounded ones: go-units says "1 years" just past 730 days.
        _ => format!("{} years", secs / 3600 / 24 / 365),
    }
}

/// Go's `time.Duration.String()` of `nanos` ("0s", "750µs", "23.372ms", "1m2.5s"), as podman
/// prints CPU time in `stats`.
pub fn go_duration(nanos: u64) -> String {
    fn fraction(value: u64, unit: u64) -> String {
        let whole = value / unit;
        let digits = unit.ilog10() as usize;
        let rest = format!("{:0digits$}", value % unit);
        let rest = rest.trim_end_matches('0');
        if rest.is_empty() {
            whole.to_string()
        } else {
            format!("{whole}.{rest}")
        }
    }
    match nanos {
        0 => "0s".into(),
        n if n < 1_000 => format!("{n}ns"),
        n if n < 1_000_000 => format!("{}\u{b5}s", fraction(n, 1_000)),
        n if n < 1_000_000_000 => format!("{}ms", fraction(n, 1_000_000)),
        n => {
            let hours = n / 3_600_000_000_000;
            let minutes = n / 60_000_000_000 % 60;
            let seconds = fraction(n % 60_000_000_000, 1_000_000_000);
            match (hours, minutes) {
                (0, 0) => format!("{seconds}s"),
                (0, m) => format!("{m}m{seconds}s"),
                (h, m) => format!("{h}h{m}m{seconds}s"),
            }
        }
    }
}

/// The Unix time of Go's zero `time.Time`, which podman prints for a container that never
/// started or exited (`StartedAt`, `ExitedAt`).
pub const GO_ZERO_TIME: i64 = -62_135_596_800;

/// An RFC 3339 time as Go's `time.Time.String()` prints it in UTC:
/// `2025-01-01 00:00:00.5 +0000 UTC` (the fraction without trailing zeros, none when zero).
pub fn go_time(rfc3339: &str) -> String {
    let Some(secs) = crate::store::time::parse_rfc3339(rfc3339) else {
        return rfc3339.to_string();
    };
    let utc = crate::store::time::format_rfc3339(secs);
    let fraction = rfc3339
        .get(19..)
        .and_then(|r| r.strip_prefix('.'))
        .map(|f| {
            f.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .unwrap_or_default();
    let fraction = fraction.trim_end_matches('0');
    let dot = if fraction.is_empty() { "" } else { "." };
    format!("{} {}{dot}{fraction} +0000 UTC", &utc[..10], &utc[11..19])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_time_strings() {
        assert_eq!(
            go_time("2025-01-01T00:00:00Z"),
            "2025-01-01 00:00:00 +0000 UTC"
        );
        assert_eq!(
            go_time("2026-12-02T19:43:08.949927170Z"),
            "2026-12-02 19:43:08.94992717 +0000 UTC"
        );
        assert_eq!(
            go_time("2026-12-02T21:43:08+02:00"),
            "2026-12-02 19:43:08 +0000 UTC"
        );
    }

    #[test]
    fn sizes_as_podman_columns() {
        let col = |n| human_size(n, SizeStyle::Column);
        assert_eq!(col(0), "0 B");
        assert_eq!(col(999), "999 B");
        assert_eq!(col(1000), "1 kB");
        assert_eq!(col(12_340), "12.3 kB");
        assert_eq!(col(2_129_920), "2.13 MB");
        assert_eq!(col(4_000_000), "4 MB");
        assert_eq!(col(170_373_120), "170 MB");
        // Go's %.3g switches to the exponent form when rounding reaches 1000.
        assert_eq!(col(999_600), "1e+03 kB");
        let df = |n| human_size(n, SizeStyle::Df);
        assert_eq!(df(0), "0B");
        assert_eq!(df(1_000), "1kB");
        assert_eq!(df(4_493_312), "4.493MB");
        assert_eq!(df(170_373_120), "170.4MB");
    }

    #[test]
    fn durations_at_go_units_boundaries() {
        let cases = [
            (-5, "Less than a second"),
            (0, "Less than a second"),
            (1, "1 second"),
            (2, "2 seconds"),
            (59, "59 seconds"),
            (60, "About a minute"),
            (119, "About a minute"),
            (120, "2 minutes"),
            (3599, "59 minutes"),
            (3600, "About an hour"),
            (5399, "About an hour"),
            (5400, "2 hours"),
            (170_999, "47 hours"),
            (171_000, "2 days"),
            (1_207_799, "13 days"),
            (1_207_800, "2 weeks"),
            (5_182_199, "8 weeks"),
            (5_182_200, "2 months"),
            (63_070_199, "24 months"),
            (63_070_200, "1 years"),
            (800 * 86_400, "2 years"),
        ];
        for (secs, want) in cases {
            assert_eq!(human_duration(secs), want, "{secs} s");
        }
    }

    #[test]
    fn durations_are_gos() {
        assert_eq!(go_duration(0), "0s");
        assert_eq!(go_duration(999), "999ns");
        assert_eq!(go_duration(750_000), "750\u{b5}s");
        assert_eq!(go_duration(23_372_000), "23.372ms");
        assert_eq!(go_duration(1_500_000_000), "1.5s");
        assert_eq!(go_duration(62_500_000_000), "1m2.5s");
        assert_eq!(go_duration(3_600_000_000_000), "1h0m0s");
    }
}
