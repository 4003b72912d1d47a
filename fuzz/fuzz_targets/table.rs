#![no_main]
//! Fuzzes `lnb_studio::untrusted::table`: it must never panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lnb_studio::untrusted::table(data));
