//! Times of events in nanoseconds since the epoch: parsing the log's RFC3339Nano, the time
//! forms `--since` and `--until` take (podman's), and printing a time as Go's `time.Time`
//! prints (`2024-01-02 15:04:05.123456789 +0000 UTC`). Pure; unit-tested below.

use crate::store::time::{format_rfc3339, parse_rfc3339};

const NANOS: i128 = 1_000_000_000;

/// Nanoseconds since the epoch of an RFC 3339 time with any fraction of a second.
pub fn parse_rfc3339_nanos(text: &str) -> Option<i128> {
    let secs = parse_rfc3339(text)?;
    let frac = text
        .get(19..)
        .and_then(|rest| rest.strip_prefix('.'))
        .map_or("", |f| {
            let n = f.bytes().take_while(u8::is_ascii_digit).count();
            &f[..n]
        });
    let mut digits: String = frac.chars().take(9).collect();
    while digits.len() < 9 {
        digits.push('0');
    }
    Some(i128::from(secs) * NANOS + digits.parse::<i128>().ok()?)
}

/// A time as `--since`/`--until` take it, as podman: RFC 3339 (with or without a fraction
/// and zone: a time without a zone is UTC here), a date `2006-01-02`, unix seconds
/// (`1700000000`, `1700000000.5`), or a Go duration (`10m`, `1h30m`) counted back from `now`
/// for `--since` and forward for `--until`. `None` when it is none of these.
pub fn parse_input_time(text: &str, now: i128, since: bool) -> Option<i128> {
    let text = text.trim();
    if let Some(t) = parse_rfc3339_nanos(text) {
        return Some(t);
    }
    // Without a zone: UTC.
    if text.len() >= 19 && !text.ends_with('Z') && !text[19..].contains(['+', '-']) {
        if let Some(t) = parse_rfc3339_nanos(&format!("{text}Z")) {
            return Some(t);
        }
    }
    if text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-' {
        return parse_rfc3339_nanos(&format!("{text}T00:00:00Z"));
    }
    if let Some(t) = parse_unix(text) {
        return Some(t);
    }
    let d = parse_go_duration(text)?;
    Some(if since { now - d } else { now + d })
}

/// `SECONDS[.FRACTION]`.
fn parse_unix(text: &str) -> Option<i128> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits: String = frac.chars().take(9).collect();
    while digits.len() < 9 {
        digits.push('0');
    }
    Some(whole.parse::<i128>().ok()? * NANOS + digits.parse::<i128>().ok()?)
}

/// A Go duration (`300ms`, `-1.5h`, `2h45m`) in nanoseconds.
pub fn parse_go_duration(text: &str) -> Option<i128> {
    let (sign, mut rest) = match text.as_bytes().first()? {
        b'-' => (-1, &text[1..]),
        b'+' => (1, &text[1..]),
        _ => (1, text),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let n = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        if n == 0 {
            return None;
        }
        let value: f64 = rest[..n].parse().ok()?;
        rest = &rest[n..];
        let u = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit() || *c == '.')
            .map_or(rest.len(), |(i, _)| i);
        let unit = match &rest[..u] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        total += value * unit;
        rest = &rest[u..];
    }
    Some(sign * total as i128)
}

/// Go's `time.Time.String()` of a UTC time: `2024-01-02 15:04:05.123456789 +0000 UTC`
/// (the fraction without trailing zeros, none when zero).
pub fn go_string(nanos: i128) -> String {
    let secs = nanos.div_euclid(NANOS) as i64;
    let frac = nanos.rem_euclid(NANOS) as u32;
    let base = format_rfc3339(secs).replace('T', " ");
    let base = base.trim_end_matches('Z');
    if frac == 0 {
        return format!("{base} +0000 UTC");
    }
    let digits = format!("{frac:09}");
    format!("{base}.{} +0000 UTC", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i128 = 1_735_689_600 * NANOS; // 2025-01-01T00:00:00Z

    #[test]
    fn rfc3339_with_nanos() {
        assert_eq!(parse_rfc3339_nanos("2025-01-01T00:00:00Z"), Some(T));
        assert_eq!(
            parse_rfc3339_nanos("2025-01-01T00:00:00.48480462Z"),
            Some(T + 484_804_620)
        );
        assert_eq!(
            parse_rfc3339_nanos("2025-01-01T02:00:00.5+02:00"),
            Some(T + 500_000_000)
        );
        assert_eq!(parse_rfc3339_nanos("soon"), None);
    }

    #[test]
    fn input_times_as_podman() {
        let now = T;
        assert_eq!(parse_input_time("2025-01-01T00:00:00Z", now, true), Some(T));
        assert_eq!(parse_input_time("2025-01-01T00:00:00", now, true), Some(T));
        assert_eq!(parse_input_time("2025-01-01", now, true), Some(T));
        assert_eq!(parse_input_time("1735689600", now, true), Some(T));
        assert_eq!(
            parse_input_time("1735689600.25", now, true),
            Some(T + 250_000_000)
        );
        assert_eq!(parse_input_time("10m", now, true), Some(T - 600 * NANOS));
        assert_eq!(parse_input_time("10m", now, false), Some(T + 600 * NANOS));
        assert_eq!(parse_input_time("1h30m", now, true), Some(T - 5400 * NANOS));
        assert_eq!(parse_input_time("yesterday", now, true), None);
        assert_eq!(parse_input_time("10x", now, true), None);
    }

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("0"), Some(0));
        assert_eq!(parse_go_duration("300ms"), Some(300_000_000));
        assert_eq!(parse_go_duration("1.5h"), Some(5400 * NANOS));
        assert_eq!(parse_go_duration("-2s"), Some(-2 * NANOS));
        assert_eq!(parse_go_duration("2"), None);
        assert_eq!(parse_go_duration(""), None);
    }

    #[test]
    fn go_time_strings() {
        assert_eq!(go_string(T), "2025-01-01 00:00:00 +0000 UTC");
        assert_eq!(
            go_string(T + 484_804_620),
            "2025-01-01 00:00:00.48480462 +0000 UTC"
        );
    }
}
