#![no_main]
//! Fuzzes `lnb_studio::untrusted::saved_draft`: it must never panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lnb_studio::untrusted::saved_draft(data));
