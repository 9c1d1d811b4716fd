//! Kubernetes YAML and den (issue 11, "to a cluster"): the object types (`types`), den's
//! containers and pods written as a Pod (and Service) the way podman 4.3 writes them
//! (`generate`), and YAML read into a plan of pods, containers and volumes (`play`). Pure:
//! nothing here touches the store; `commands::kube` gathers facts and carries out plans.

pub mod generate;
pub mod play;
pub mod types;

#[cfg(test)]
mod tests;
