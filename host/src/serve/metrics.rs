//! What `nodule serve` counts, per tenant, shown in Prometheus's text format on the
//! admin port's `/metrics`; and the request log, one JSON line per request on stdout.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency histograms' buckets, in seconds.
const BUCKETS: [f64; 12] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, value: Duration) {
        let seconds = value.as_secs_f64();
        for (count, bound) in self.counts.iter_mut().zip(BUCKETS) {
            *count += u64::from(seconds <= bound);
        }
        self.count += 1;
        self.sum += seconds;
    }

    fn write(&self, out: &mut String, name: &str, tenant: &str) {
        for (count, bound) in self.counts.iter().zip(BUCKETS) {
            let _ = writeln!(out, "{name}_bucket{{tenant=\"{tenant}\",le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(out, "{name}_bucket{{tenant=\"{tenant}\",le=\"+Inf\"}} {}", self.count);
        let _ = writeln!(out, "{name}_sum{{tenant=\"{tenant}\"}} {}", self.sum);
        let _ = writeln!(out, "{name}_count{{tenant=\"{tenant}\"}} {}", self.count);
    }
}

/// A metric's name, its help text, and how to read it from a tenant's counts.
type Counter = (&'static str, &'static str, fn(&TenantCounts) -> u64);
type HistogramOf = (&'static str, &'static str, fn(&TenantCounts) -> &Histogram);

#[derive(Default)]
struct TenantCounts {
    requests: u64,
    errors: u64,
    instantiations: u64,
    limits_hit: BTreeMap<&'static str, u64>,
    /// Snapshots taken and refused (`snapshot.rs`).
    snapshots: [u64; 2],
    latency: Histogram,
    instance_start: Histogram,
}

/// One answered request, as it is logged and counted.
pub struct Served<'a> {
    /// `None` for a request no tenant takes.
    pub tenant: Option<&'a str>,
    pub method: &'a str,
    pub path: &'a str,
    pub status: u16,
    pub duration: Duration,
    /// The time its instance took to start and listen, when one was started for it.
    pub instance_start: Option<Duration>,
    pub limit: Option<&'static str>,
    pub reason: Option<&'a str>,
}

#[derive(Default)]
pub struct Metrics {
    tenants: Mutex<BTreeMap<String, TenantCounts>>,
    reloads: Mutex<(u64, u64)>,
}

impl Metrics {
    pub fn record(&self, served: &Served) {
        let line = serde_json::json!({
            "tenant": served.tenant,
            "method": served.method,
            "path": served.path,
            "status": served.status,
            "duration_us": served.duration.as_micros() as u64,
            "instance_us": served.instance_start.map(|d| d.as_micros() as u64),
            "limit": served.limit,
            "reason": served.reason,
        });
        let _ = writeln!(std::io::stdout().lock(), "{line}");
        let Some(tenant) = served.tenant else { return };
        let mut tenants = self.tenants.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let counts = tenants.entry(tenant.to_owned()).or_default();
        counts.requests += 1;
        counts.errors += u64::from(served.status >= 500);
        counts.latency.observe(served.duration);
        if let Some(start) = served.instance_start {
            counts.instantiations += 1;
            counts.instance_start.observe(start);
        }
        if let Some(limit) = served.limit {
            *counts.limits_hit.entry(limit).or_default() += 1;
        }
    }

    /// A tenant's snapshot, and whether it was taken.
    pub fn snapshot(&self, tenant: &str, taken: bool) {
        let mut tenants = self.tenants.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        tenants.entry(tenant.to_owned()).or_default().snapshots[usize::from(!taken)] += 1;
    }

    /// A config reload, and whether it was taken.
    pub fn reloaded(&self, taken: bool) {
        let mut reloads = self.reloads.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if taken { reloads.0 += 1 } else { reloads.1 += 1 }
    }

    /// Prometheus's text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let tenants = self.tenants.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let counters: [Counter; 3] = [
            ("nodule_serve_requests_total", "Requests answered.", |c| c.requests),
            ("nodule_serve_errors_total", "Requests answered with a 5xx status.", |c| c.errors),
            ("nodule_serve_instantiations_total", "Instances started.", |c| c.instantiations),
        ];
        for (name, help, value) in counters {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for (tenant, counts) in tenants.iter() {
                let _ = writeln!(out, "{name}{{tenant=\"{tenant}\"}} {}", value(counts));
            }
        }
        let _ =
            writeln!(out, "# HELP nodule_serve_limits_hit_total Requests ended at a limit.\n# TYPE nodule_serve_limits_hit_total counter");
        for (tenant, counts) in tenants.iter() {
            for (limit, count) in &counts.limits_hit {
                let _ = writeln!(out, "nodule_serve_limits_hit_total{{tenant=\"{tenant}\",limit=\"{limit}\"}} {count}");
            }
        }
        let _ =
            writeln!(out, "# HELP nodule_serve_snapshots_total Tenant snapshots, by outcome.\n# TYPE nodule_serve_snapshots_total counter");
        for (tenant, counts) in tenants.iter() {
            for (outcome, count) in ["taken", "refused"].iter().zip(counts.snapshots) {
                let _ = writeln!(out, "nodule_serve_snapshots_total{{tenant=\"{tenant}\",outcome=\"{outcome}\"}} {count}");
            }
        }
        let histograms: [HistogramOf; 2] = [
            ("nodule_serve_request_seconds", "Time from a request to its response's head.", |c| &c.latency),
            ("nodule_serve_instance_start_seconds", "Time to start an instance until its app listens.", |c| &c.instance_start),
        ];
        for (name, help, histogram) in histograms {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
            for (tenant, counts) in tenants.iter() {
                histogram(counts).write(&mut out, name, tenant);
            }
        }
        let (taken, refused) = *self.reloads.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let _ = writeln!(out, "# HELP nodule_serve_reloads_total Config reloads, by outcome.\n# TYPE nodule_serve_reloads_total counter");
        let _ = writeln!(
            out,
            "nodule_serve_reloads_total{{outcome=\"taken\"}} {taken}\nnodule_serve_reloads_total{{outcome=\"refused\"}} {refused}"
        );
        out
    }
}
