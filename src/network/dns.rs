//! The answers of a network's DNS server (run by `network::holder` on the network's gateway
//! address): A records for the names of the containers on the network (name, short id,
//! aliases; bare or under podman's `dns.podman` domain), an empty answer for their other
//! types, NXDOMAIN for other names of that domain or without a dot, and everything else
//! forwarded to the host's name servers (refused on an internal network). Pure: messages are
//! parsed and built with simple-dns.

use std::net::Ipv4Addr;

use simple_dns::rdata::{A, RData};
use simple_dns::{CLASS, Name, Packet, PacketFlag, QTYPE, RCODE, ResourceRecord, TYPE};

/// podman's search domain for names on its networks.
pub const DOMAIN: &str = "dns.podman";
/// How long a client may keep an answer (containers come and go).
const TTL: u32 = 60;

/// What to do with a query.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// Send these bytes back.
    Reply(Vec<u8>),
    /// Ask the host's name servers.
    Forward,
    /// Not a query den answers (drop it).
    Ignore,
}

/// The container name a query asks for, when it is one den answers for: lower case, without
/// the trailing dot and the `dns.podman` domain. `None` for a name with another domain.
fn local_name(qname: &str) -> Option<String> {
    let name = qname.trim_end_matches('.').to_ascii_lowercase();
    if let Some(bare) = name.strip_suffix(&format!(".{DOMAIN}")) {
        return Some(bare.to_string());
    }
    (!name.contains('.')).then_some(name)
}

/// Answers `query`: `lookup` gives the addresses of a container name on the network.
pub fn answer(query: &[u8], lookup: &dyn Fn(&str) -> Vec<Ipv4Addr>, forward: bool) -> Answer {
    let Ok(packet) = Packet::parse(query) else {
        return Answer::Ignore;
    };
    if packet.has_flags(PacketFlag::RESPONSE) || packet.questions.len() != 1 {
        return Answer::Ignore;
    }
    let question = &packet.questions[0];
    let qname = question.qname.to_string();
    let local = local_name(&qname);
    let addresses = local.as_deref().map(lookup).unwrap_or_default();
    let mut reply = Packet::new_reply(packet.id());
    reply.set_flags(PacketFlag::RECURSION_AVAILABLE);
    if packet.has_flags(PacketFlag::RECURSION_DESIRED) {
        reply.set_flags(PacketFlag::RECURSION_DESIRED);
    }
    reply.questions.push(question.clone());
    if addresses.is_empty() {
        match local {
            Some(_) => *reply.rcode_mut() = RCODE::NameError,
            None if forward => return Answer::Forward,
            None => *reply.rcode_mut() = RCODE::Refused,
        }
    } else {
        reply.set_flags(PacketFlag::AUTHORITATIVE_ANSWER);
        if question.qtype == QTYPE::TYPE(TYPE::A) {
            let Ok(name) = Name::new(&qname) else {
                return Answer::Ignore;
            };
            for ip in addresses {
                reply.answers.push(ResourceRecord::new(
                    name.clone(),
                    CLASS::IN,
                    TTL,
                    RData::A(A::from(ip)),
                ));
            }
        }
    }
    reply
        .build_bytes_vec()
        .map_or(Answer::Ignore, Answer::Reply)
}

/// The name servers a network's DNS forwards to: the host's resolv.conf (any server, its
/// loopback ones too: the forwarding socket is in the host's network namespace).
#[must_use]
pub fn upstream_servers(resolv: &str) -> Vec<std::net::SocketAddr> {
    resolv
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            (w.next() == Some("nameserver")).then(|| w.next()).flatten()
        })
        .filter_map(|s| s.parse::<std::net::IpAddr>().ok())
        .map(|ip| std::net::SocketAddr::new(ip, 53))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(name: &str, qtype: TYPE) -> Vec<u8> {
        let mut p = Packet::new_query(7);
        p.set_flags(PacketFlag::RECURSION_DESIRED);
        p.questions.push(simple_dns::Question::new(
            Name::new_unchecked(name),
            QTYPE::TYPE(qtype),
            simple_dns::QCLASS::CLASS(CLASS::IN),
            false,
        ));
        p.build_bytes_vec().unwrap()
    }

    fn lookup(name: &str) -> Vec<Ipv4Addr> {
        if name == "web" {
            vec![Ipv4Addr::new(10, 89, 0, 2)]
        } else {
            Vec::new()
        }
    }

    fn reply(a: Answer) -> (RCODE, Vec<Ipv4Addr>) {
        let Answer::Reply(bytes) = a else {
            panic!("not a reply: {a:?}")
        };
        let p = Packet::parse(&bytes).unwrap();
        let ips = p
            .answers
            .iter()
            .filter_map(|r| match &r.rdata {
                RData::A(a) => Some(Ipv4Addr::from(a.address)),
                _ => None,
            })
            .collect();
        (p.rcode(), ips)
    }

    #[test]
    fn names_on_the_network() {
        let want = vec![Ipv4Addr::new(10, 89, 0, 2)];
        for name in ["web", "WEB.", "web.dns.podman"] {
            let (code, ips) = reply(answer(&query(name, TYPE::A), &lookup, true));
            assert_eq!((code, ips), (RCODE::NoError, want.clone()), "{name}");
        }
        let (code, ips) = reply(answer(&query("web", TYPE::AAAA), &lookup, true));
        assert_eq!((code, ips.len()), (RCODE::NoError, 0));
    }

    #[test]
    fn other_names() {
        let (code, _) = reply(answer(&query("db", TYPE::A), &lookup, true));
        assert_eq!(code, RCODE::NameError);
        let (code, _) = reply(answer(&query("db.dns.podman", TYPE::A), &lookup, true));
        assert_eq!(code, RCODE::NameError);
        assert_eq!(
            answer(&query("example.org", TYPE::A), &lookup, true),
            Answer::Forward
        );
        let (code, _) = reply(answer(&query("example.org", TYPE::A), &lookup, false));
        assert_eq!(code, RCODE::Refused);
        assert_eq!(answer(b"\x00\x01junk", &lookup, true), Answer::Ignore);
    }

    #[test]
    fn upstreams() {
        let r = "search x\nnameserver 10.0.0.53\nnameserver 127.0.0.53\nnameserver fe80::1%eth0\n";
        let s = upstream_servers(r);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].to_string(), "127.0.0.53:53");
    }
}
