//! Validating a valid typed value allocates nothing: a counting global allocator watches
//! `Validate::validate` on every example document of every message.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    /// Allocations made by this thread: other test threads' work does not count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to the system allocator unchanged; counting touches only a
// thread-local `Cell` with a const initializer, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_in(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn validating_a_valid_document_allocates_nothing() {
    let mut checked = 0;
    for op in connschema_cli::apis::catalog().operations() {
        for message in op.messages {
            let dir = connschema_testing::documents_dir(op.id).join(op.id.replace('.', "/")).join(message.name);
            for entry in std::fs::read_dir(&dir).expect("examples folder") {
                let path = entry.expect("entry").path();
                let parsed = message.parse(&std::fs::read(&path).expect("readable")).expect("a valid example");
                // The first run compiles the patterns and fills the regex engine's cache.
                parsed.validate().expect("valid");
                let n = allocations_in(|| parsed.validate().expect("valid"));
                assert_eq!(n, 0, "{}: validate() allocated {n} time(s)", path.display());
                checked += 1;
            }
        }
    }
    assert!(checked >= 55, "only {checked} documents");
    println!("{checked} documents validated without allocating");
}

#[test]
fn the_counter_sees_allocations() {
    assert!(allocations_in(|| drop(std::hint::black_box(vec![1u8; 16]))) >= 1);
}
