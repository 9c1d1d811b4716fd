//! Image formats: references, docker-archive and OCI archives and layouts, layer unpacking.
