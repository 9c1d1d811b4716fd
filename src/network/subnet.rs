//! IPv4 subnets of user-defined networks: parsing `A.B.C.D/N`, overlap, the free subnet a new
//! network gets (podman's 10.89.N.0/24 sequence, skipping what other networks and the host's
//! routes use) and the free address a container gets. Pure.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use anyhow::{Result, bail};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An IPv4 network: its first address and prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Subnet {
    base: Ipv4Addr,
    prefix: u8,
}

impl Subnet {
    fn mask(prefix: u8) -> u32 {
        if prefix == 0 {
            0
        } else {
            u32::MAX << (32 - u32::from(prefix))
        }
    }

    #[must_use]
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    #[must_use]
    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & Self::mask(self.prefix) == u32::from(self.base)
    }

    #[must_use]
    pub fn overlaps(&self, other: &Subnet) -> bool {
        let mask = Self::mask(self.prefix.min(other.prefix));
        u32::from(self.base) & mask == u32::from(other.base) & mask
    }

    /// The `n`th address of the subnet (0 is the network's own).
    #[must_use]
    pub fn nth(&self, n: u32) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.base).wrapping_add(n))
    }

    /// How many addresses it has.
    #[must_use]
    pub fn size(&self) -> u64 {
        1u64 << (32 - u32::from(self.prefix))
    }

    /// The first address containers may have that is not the gateway nor in `used`: the
    /// network's own address and the broadcast address are never given.
    #[must_use]
    pub fn free_address(&self, gateway: Ipv4Addr, used: &[Ipv4Addr]) -> Option<Ipv4Addr> {
        (1..self.size().saturating_sub(1))
            .map(|n| self.nth(n as u32))
            .find(|ip| *ip != gateway && !used.contains(ip))
    }

    /// Whether `ip` may be given to a container: inside, not the network or broadcast address.
    #[must_use]
    pub fn is_host_address(&self, ip: Ipv4Addr) -> bool {
        let offset = u64::from(u32::from(ip).wrapping_sub(u32::from(self.base)));
        self.contains(ip) && offset != 0 && offset != self.size() - 1
    }
}

impl FromStr for Subnet {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Subnet> {
        let Some((ip, prefix)) = s.split_once('/') else {
            bail!("invalid subnet {s}: it needs a prefix length, as in 10.89.0.0/24");
        };
        let Ok(ip) = ip.parse::<Ipv4Addr>() else {
            if ip.contains(':') {
                bail!("invalid subnet {s}: den's networks are IPv4 only");
            }
            bail!("invalid CIDR address: {s}");
        };
        let prefix: u8 = match prefix.parse() {
            Ok(p) if p <= 30 => p,
            _ => bail!("invalid subnet {s}: the prefix length must be 0 to 30"),
        };
        let base = Ipv4Addr::from(u32::from(ip) & Subnet::mask(prefix));
        Ok(Subnet { base, prefix })
    }
}

impl fmt::Display for Subnet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.base, self.prefix)
    }
}

impl Serialize for Subnet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Subnet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Subnet, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The subnets of the host's routes in /proc/net/route (little-endian hex), the default
/// route left out.
#[must_use]
pub fn host_routes(table: &str) -> Vec<Subnet> {
    table
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let dest = u32::from_str_radix(f.get(1)?, 16).ok()?;
            let mask = u32::from_str_radix(f.get(7)?, 16).ok()?;
            let mask = u32::from_be_bytes(mask.to_le_bytes());
            (mask != 0).then(|| Subnet {
                base: Ipv4Addr::from(dest.to_le_bytes()),
                prefix: mask.count_ones() as u8,
            })
        })
        .collect()
}

/// podman's choice for a new network: the first 10.89.N.0/24 that overlaps none of `taken`.
#[must_use]
pub fn free_subnet(taken: &[Subnet]) -> Option<Subnet> {
    (89u32..=255)
        .flat_map(|b| (0u32..=255).map(move |c| (b, c)))
        .map(|(b, c)| Subnet {
            base: Ipv4Addr::new(10, b as u8, c as u8, 0),
            prefix: 24,
        })
        .find(|s| !taken.iter().any(|t| t.overlaps(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_show() {
        let s: Subnet = "10.89.3.7/24".parse().unwrap();
        assert_eq!(s.to_string(), "10.89.3.0/24");
        assert!("10.89.0.0".parse::<Subnet>().is_err());
        assert!("10.89.0.0/33".parse::<Subnet>().is_err());
        assert!("fd00::/64".parse::<Subnet>().is_err());
        assert!("nonsense/24".parse::<Subnet>().is_err());
    }

    #[test]
    fn addresses() {
        let s: Subnet = "10.89.0.0/24".parse().unwrap();
        let gw = s.nth(1);
        assert_eq!(gw, Ipv4Addr::new(10, 89, 0, 1));
        assert_eq!(s.free_address(gw, &[]), Some(Ipv4Addr::new(10, 89, 0, 2)));
        let used = [Ipv4Addr::new(10, 89, 0, 2), Ipv4Addr::new(10, 89, 0, 3)];
        assert_eq!(s.free_address(gw, &used), Some(Ipv4Addr::new(10, 89, 0, 4)));
        assert!(s.is_host_address(Ipv4Addr::new(10, 89, 0, 254)));
        assert!(!s.is_host_address(Ipv4Addr::new(10, 89, 0, 255)));
        assert!(!s.is_host_address(Ipv4Addr::new(10, 89, 1, 2)));
        let tiny: Subnet = "10.9.0.0/30".parse().unwrap();
        let full = [tiny.nth(2)];
        assert_eq!(tiny.free_address(tiny.nth(1), &full), None);
    }

    #[test]
    fn next_free_subnet_skips_taken_ones() {
        let a: Subnet = "10.89.0.0/24".parse().unwrap();
        let wide: Subnet = "10.89.0.0/23".parse().unwrap();
        assert_eq!(free_subnet(&[]).unwrap(), a);
        assert_eq!(free_subnet(&[a]).unwrap().to_string(), "10.89.1.0/24");
        assert_eq!(free_subnet(&[wide]).unwrap().to_string(), "10.89.2.0/24");
    }

    #[test]
    fn routes_of_the_host() {
        let t = "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n\
                 eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\n\
                 eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\n";
        assert_eq!(host_routes(t), vec!["192.0.2.0/24".parse().unwrap()]);
    }
}
