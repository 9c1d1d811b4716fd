//! The resource flags of `run`/`create` (`--memory`, `--cpus`, `--pids-limit`, ...) parsed and
//! checked as podman 4.3 parses them, into `Resources`: the values podman shows in `inspect`'s
//! HostConfig. Pure; `cgroup::v2` turns them into cgroup v2 files.

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

/// The flags as given (strings, so the errors are podman's, not clap's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResourceFlags {
    pub memory: Option<String>,
    pub memory_swap: Option<String>,
    pub memory_reservation: Option<String>,
    pub cpus: Option<String>,
    pub cpu_shares: Option<String>,
    pub cpu_quota: Option<String>,
    pub cpu_period: Option<String>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids_limit: Option<String>,
    pub blkio_weight: Option<String>,
    pub cgroup_parent: Option<String>,
    pub cgroups: Option<String>,
}

/// podman's `--cgroups` modes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CgroupsMode {
    /// A cgroup per container (where one can be made).
    #[default]
    Enabled,
    /// No cgroup: the container stays in den's.
    Disabled,
    /// As enabled: den has no conmon to leave out.
    NoConmon,
    /// As enabled: den's monitor stays in its own cgroup anyway.
    Split,
}

impl CgroupsMode {
    pub fn as_str(self) -> &'static str {
        match self {
            CgroupsMode::Enabled => "enabled",
            CgroupsMode::Disabled => "disabled",
            CgroupsMode::NoConmon => "no-conmon",
            CgroupsMode::Split => "split",
        }
    }
}

/// The limits of one container, in podman's units (HostConfig): bytes, CPU shares, quota and
/// period in microseconds. 0 or empty: not set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Resources {
    pub memory: i64,
    /// Memory plus swap; -1: unlimited swap.
    pub memory_swap: i64,
    pub memory_reservation: i64,
    /// `--cpus` times 10^9.
    pub nano_cpus: i64,
    pub cpu_shares: u64,
    pub cpu_quota: i64,
    pub cpu_period: u64,
    pub cpuset_cpus: String,
    pub cpuset_mems: String,
    /// 0: not set; -1: unlimited.
    pub pids_limit: i64,
    pub blkio_weight: u16,
    pub cgroup_parent: String,
    pub cgroups: CgroupsMode,
}

/// The period podman pairs with `--cpus` (100 ms).
pub const DEFAULT_CPU_PERIOD: u64 = 100_000;

impl Resources {
    /// Whether any limit is asked for (what podman warns about where it cannot apply them).
    pub fn any_limit(&self) -> bool {
        let cleared = Resources {
            cgroup_parent: self.cgroup_parent.clone(),
            cgroups: self.cgroups,
            ..Resources::default()
        };
        *self != cleared
    }

    /// The same settings without the limits (where they are ignored, as podman's inspect).
    #[must_use]
    pub fn without_limits(&self) -> Resources {
        Resources {
            cgroup_parent: self.cgroup_parent.clone(),
            cgroups: self.cgroups,
            ..Resources::default()
        }
    }

    /// The CFS quota and period to write: `--cpus` as podman converts it, else
    /// `--cpu-quota`/`--cpu-period`.
    pub fn cpu_quota_period(&self) -> (i64, u64) {
        if self.nano_cpus > 0 {
            let period = DEFAULT_CPU_PERIOD;
            #[allow(clippy::cast_possible_wrap)]
            let quota = self.nano_cpus * period as i64 / 1_000_000_000;
            return (quota, period);
        }
        (self.cpu_quota, self.cpu_period)
    }

    /// Parses and checks the flags with podman's messages.
    pub fn from_flags(f: &ResourceFlags) -> Result<Resources> {
        let size = |v: &Option<String>| v.as_deref().map(parse_memory).transpose();
        let mut r = Resources {
            memory: size(&f.memory)?.unwrap_or(0),
            memory_swap: size(&f.memory_swap)?.unwrap_or(0),
            memory_reservation: size(&f.memory_reservation)?.unwrap_or(0),
            ..Resources::default()
        };
        if let Some(cpus) = &f.cpus {
            let n: f64 = cpus.trim().parse().map_err(|_| {
                anyhow::anyhow!(
                    "invalid argument \"{cpus}\" for \"--cpus\" flag: strconv.ParseFloat: parsing \"{cpus}\": invalid syntax"
                )
            })?;
            if n > 0.0 {
                #[allow(clippy::cast_possible_truncation)]
                let nano = (n * 1e9).round() as i64;
                r.nano_cpus = nano;
            }
        }
        r.cpu_shares = parse_flag_uint(f.cpu_shares.as_deref(), "-c, --cpu-shares")?;
        r.cpu_quota = parse_flag_int(f.cpu_quota.as_deref(), "--cpu-quota")?;
        r.cpu_period = parse_flag_uint(f.cpu_period.as_deref(), "--cpu-period")?;
        r.pids_limit = parse_flag_int(f.pids_limit.as_deref(), "--pids-limit")?;
        if r.pids_limit < -1 {
            r.pids_limit = -1;
        }
        if let Some(w) = &f.blkio_weight {
            let v: u64 = w.parse().map_err(|_| {
                anyhow::anyhow!(
                    "invalid value for blkio-weight: strconv.ParseUint: parsing \"{w}\": invalid syntax"
                )
            })?;
            r.blkio_weight = u16::try_from(v).unwrap_or(u16::MAX);
        }
        r.cpuset_cpus = f.cpuset_cpus.clone().unwrap_or_default();
        r.cpuset_mems = f.cpuset_mems.clone().unwrap_or_default();
        r.cgroup_parent = f.cgroup_parent.clone().unwrap_or_default();
        r.cgroups = match f.cgroups.as_deref() {
            None | Some("enabled") => CgroupsMode::Enabled,
            Some("disabled") => CgroupsMode::Disabled,
            Some("no-conmon") => CgroupsMode::NoConmon,
            Some("split") => CgroupsMode::Split,
            Some(other) => bail!("invalid cgroup mode \"{other}\": invalid argument"),
        };
        if r.nano_cpus > 0 && (r.cpu_quota != 0 || r.cpu_period != 0) {
            if r.cpu_quota != 0 {
                bail!("--cpu-quota and --cpus cannot be set together");
            }
            bail!("--cpu-period and --cpus cannot be set together");
        }
        Ok(r)
    }

    /// The checks podman makes where it applies the limits (cgroup v2): a memory limit of at
    /// least 6 MB, swap not below memory, a blkio weight of 10 to 1000, shares above 1.
    pub fn check_applicable(&self) -> Result<()> {
        const MIN_MEMORY: i64 = 6 * 1024 * 1024;
        if self.memory != 0 && self.memory < MIN_MEMORY {
            bail!("minimum memory limit allowed is 6MB");
        }
        if self.memory_swap > 0 {
            if self.memory == 0 {
                bail!("you should always set a memory limit when using a memory swap limit");
            }
            if self.memory_swap < self.memory {
                bail!("minimum memoryswap limit should be larger than memory limit, see usage");
            }
        }
        if self.memory != 0 && self.memory_reservation > self.memory {
            bail!("minimum memory limit can not be less than memory reservation limit, see usage");
        }
        if self.blkio_weight != 0 && !(10..=1000).contains(&self.blkio_weight) {
            bail!("range of blkio weight is from 10 to 1000");
        }
        if self.cpu_period != 0 && !(1000..=1_000_000).contains(&self.cpu_period) {
            bail!(
                "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)"
            );
        }
        if self.cpu_quota != 0 && self.cpu_quota < 1000 && self.cpu_quota != -1 {
            bail!("CPU cfs quota can not be less than 1ms (i.e. 1000)");
        }
        Ok(())
    }
}

fn parse_flag_int(value: Option<&str>, flag: &str) -> Result<i64> {
    value.map_or(Ok(0), |v| {
        v.parse().map_err(|_| {
            anyhow::anyhow!(
                "invalid argument \"{v}\" for \"{flag}\" flag: strconv.ParseInt: parsing \"{v}\": invalid syntax"
            )
        })
    })
}

fn parse_flag_uint(value: Option<&str>, flag: &str) -> Result<u64> {
    value.map_or(Ok(0), |v| {
        v.parse().map_err(|_| {
            anyhow::anyhow!(
                "invalid argument \"{v}\" for \"{flag}\" flag: strconv.ParseUint: parsing \"{v}\": invalid syntax"
            )
        })
    })
}

/// A memory size as podman reads it (go-units `RAMInBytes`): a number with an optional unit
/// b, k, m, g, t, p (powers of 1024, an optional trailing `b`, any case); `-1` for unlimited.
pub fn parse_memory(text: &str) -> Result<i64> {
    if text == "-1" {
        return Ok(-1);
    }
    ram_in_bytes(text)
        .ok_or_else(|| anyhow::anyhow!("invalid value for memory: invalid size: '{text}'"))
}

fn ram_in_bytes(text: &str) -> Option<i64> {
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    if number.is_empty() || number.starts_with('.') && number.len() == 1 {
        return None;
    }
    let n: f64 = number.parse().ok()?;
    let unit = unit.trim().to_ascii_lowercase();
    let unit = unit
        .strip_suffix("ib")
        .or_else(|| unit.strip_suffix('b').filter(|u| !u.is_empty()))
        .unwrap_or(&unit);
    let shift = match unit {
        "" | "b" => 0,
        "k" => 10,
        "m" => 20,
        "g" => 30,
        "t" => 40,
        "p" => 50,
        _ => return None,
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let bytes = (n * (1u64 << shift) as f64) as i64;
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(f: impl FnOnce(&mut ResourceFlags)) -> Result<Resources> {
        let mut flags = ResourceFlags::default();
        f(&mut flags);
        Resources::from_flags(&flags)
    }

    #[test]
    fn memory_sizes_are_go_units_ram_in_bytes() {
        assert_eq!(parse_memory("10").unwrap(), 10);
        assert_eq!(parse_memory("10m").unwrap(), 10 << 20);
        assert_eq!(parse_memory("10MB").unwrap(), 10 << 20);
        assert_eq!(parse_memory("1.5g").unwrap(), 3 << 29);
        assert_eq!(parse_memory("4k").unwrap(), 4096);
        assert_eq!(parse_memory("-1").unwrap(), -1);
        for bad in ["abc", "10x", "-5", "", "m"] {
            let e = parse_memory(bad).unwrap_err().to_string();
            assert_eq!(
                e,
                format!("invalid value for memory: invalid size: '{bad}'")
            );
        }
    }

    #[test]
    fn cpus_become_nano_cpus_and_a_quota_per_100ms() {
        let r = flags(|f| f.cpus = Some("1.5".into())).unwrap();
        assert_eq!(r.nano_cpus, 1_500_000_000);
        assert_eq!(r.cpu_quota_period(), (150_000, 100_000));
        let r = flags(|f| f.cpus = Some("-1".into())).unwrap();
        assert_eq!(r.nano_cpus, 0);
        assert!(!r.any_limit());
        let e = flags(|f| {
            f.cpus = Some("1".into());
            f.cpu_quota = Some("1000".into());
        })
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "--cpu-quota and --cpus cannot be set together"
        );
        let e = flags(|f| f.cpus = Some("abc".into())).unwrap_err();
        assert!(
            e.to_string()
                .contains("strconv.ParseFloat: parsing \"abc\"")
        );
    }

    #[test]
    fn numbers_and_modes_have_podmans_errors() {
        let e = flags(|f| f.pids_limit = Some("abc".into())).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid argument \"abc\" for \"--pids-limit\" flag")
        );
        let e = flags(|f| f.blkio_weight = Some("x".into())).unwrap_err();
        assert!(e.to_string().starts_with("invalid value for blkio-weight"));
        let e = flags(|f| f.cgroups = Some("bogus".into())).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid cgroup mode \"bogus\": invalid argument"
        );
        let r = flags(|f| f.cgroups = Some("split".into())).unwrap();
        assert_eq!(r.cgroups, CgroupsMode::Split);
        assert!(!r.any_limit());
    }

    #[test]
    fn applicable_checks_are_podmans_on_v2() {
        let r = flags(|f| f.memory = Some("4m".into())).unwrap();
        assert!(r.any_limit());
        assert_eq!(
            r.check_applicable().unwrap_err().to_string(),
            "minimum memory limit allowed is 6MB"
        );
        let r = flags(|f| {
            f.memory = Some("10m".into());
            f.memory_swap = Some("5m".into());
        })
        .unwrap();
        assert!(r.check_applicable().is_err());
        let r = flags(|f| f.blkio_weight = Some("5".into())).unwrap();
        assert!(r.check_applicable().is_err());
        let r = flags(|f| {
            f.memory = Some("10m".into());
            f.memory_swap = Some("-1".into());
            f.blkio_weight = Some("500".into());
        })
        .unwrap();
        r.check_applicable().unwrap();
        assert_eq!(r.without_limits(), Resources::default());
    }
}
