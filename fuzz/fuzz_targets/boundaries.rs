#![no_main]
//! Fuzzes `lnb_studio::untrusted::boundaries`: it must never panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lnb_studio::untrusted::boundaries(data));
