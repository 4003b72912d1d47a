use super::*;

fn gazetteer() -> Gazetteer {
    Gazetteer::from_json(include_str!("../../../public/maps/countries.json"))
        .expect("the shipped file reads")
}

fn code(found: Found<'_>) -> Option<String> {
    match found {
        Found::Country(c) => Some(c.alpha2.clone()),
        Found::Offers(_) => None,
    }
}

/// The 54 African states as a French campaigner writes them (three misspelled: "Cote
/// dIvoire", "Mozambque", "Zimbawe"), with the alpha-2 code each must map to.
pub(crate) const AFRICA_FR: [(&str, &str); 54] = [
    ("Algérie", "DZ"),
    ("Angola", "AO"),
    ("Bénin", "BJ"),
    ("Botswana", "BW"),
    ("Burkina Faso", "BF"),
    ("Burundi", "BI"),
    ("Cap-Vert", "CV"),
    ("Cameroun", "CM"),
    ("République centrafricaine", "CF"),
    ("Tchad", "TD"),
    ("Comores", "KM"),
    ("République du Congo", "CG"),
    ("République démocratique du Congo", "CD"),
    ("Cote dIvoire", "CI"),
    ("Djibouti", "DJ"),
    ("Égypte", "EG"),
    ("Guinée équatoriale", "GQ"),
    ("Érythrée", "ER"),
    ("Eswatini", "SZ"),
    ("Ethiopie", "ET"),
    ("Gabon", "GA"),
    ("Gambie", "GM"),
    ("Ghana", "GH"),
    ("Guinée", "GN"),
    ("Guinée-Bissau", "GW"),
    ("Kenya", "KE"),
    ("Lesotho", "LS"),
    ("Liberia", "LR"),
    ("Libye", "LY"),
    ("Madagascar", "MG"),
    ("Malawi", "MW"),
    ("Mali", "ML"),
    ("Mauritanie", "MR"),
    ("Maurice", "MU"),
    ("Maroc", "MA"),
    ("Mozambque", "MZ"),
    ("Namibie", "NA"),
    ("Niger", "NE"),
    ("Nigeria", "NG"),
    ("Rwanda", "RW"),
    ("Sao Tomé-et-Principe", "ST"),
    ("Sénégal", "SN"),
    ("Seychelles", "SC"),
    ("Sierra Leone", "SL"),
    ("Somalie", "SO"),
    ("Afrique du Sud", "ZA"),
    ("Soudan du Sud", "SS"),
    ("Soudan", "SD"),
    ("Tanzanie", "TZ"),
    ("Togo", "TG"),
    ("Tunisie", "TN"),
    ("Ouganda", "UG"),
    ("Zambie", "ZM"),
    ("Zimbawe", "ZW"),
];

#[test]
fn fifty_four_african_countries_in_french_map_once_the_three_misspelled_take_their_offer() {
    let g = gazetteer();
    let mut unmatched = Vec::new();
    for (label, want) in AFRICA_FR {
        match g.find(label, Lang::Fr) {
            Found::Country(c) => assert_eq!(c.alpha2, want, "{label}"),
            Found::Offers(offers) => unmatched.push((label, want, offers)),
        }
    }
    let labels: Vec<&str> = unmatched.iter().map(|u| u.0).collect();
    assert_eq!(
        labels,
        ["Cote dIvoire", "Mozambque", "Zimbawe"],
        "exactly the misspelled rows are reported"
    );
    for (label, want, offers) in unmatched {
        let first = offers
            .first()
            .unwrap_or_else(|| panic!("{label} gets an offer"));
        assert_eq!(
            first.alpha2, want,
            "{label}: the first offer is the country meant"
        );
        // Taking the offer: its French name now maps to it.
        assert_eq!(
            code(g.find(first.name(Lang::Fr), Lang::Fr)).as_deref(),
            Some(want)
        );
    }
}

#[test]
fn a_country_is_found_by_its_name_in_any_language_a_variant_or_a_code() {
    let g = gazetteer();
    for (label, lang, want) in [
        ("Côte d'Ivoire", Lang::En, "CI"),
        ("Ivory Coast", Lang::Fr, "CI"),
        ("COTE D’IVOIRE", Lang::Es, "CI"),
        ("CIV", Lang::Sw, "CI"),
        ("ci", Lang::En, "CI"),
        ("DRC", Lang::En, "CD"),
        ("RDC", Lang::Fr, "CD"),
        ("Tanzania", Lang::Sw, "TZ"),
        ("مصر", Lang::Ar, "EG"),
        ("كينيا", Lang::Ar, "KE"),
        ("Quénia", Lang::Pt, "KE"),
        ("  kenya ", Lang::Sw, "KE"),
        ("Brasil", Lang::En, "BR"),
        ("Estados Unidos", Lang::Es, "US"),
    ] {
        assert_eq!(
            code(g.find(label, lang)).as_deref(),
            Some(want),
            "{label} in {lang:?}"
        );
    }
}

#[test]
fn an_ambiguous_or_unknown_label_is_offered_choices_never_guessed() {
    let g = gazetteer();
    // In English "Congo" is a variant of both Congos.
    let Found::Offers(offers) = g.find("Congo", Lang::En) else {
        panic!("Congo is not guessed in English");
    };
    let mut codes: Vec<&str> = offers.iter().map(|c| c.alpha2.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["CD", "CG"]);
    // Nothing near: no offers at all, and nothing for an empty label.
    assert_eq!(
        g.find("Turkana County", Lang::En),
        Found::Offers(Vec::new())
    );
    assert_eq!(g.find("", Lang::En), Found::Offers(Vec::new()));
    assert_eq!(g.find("'- ", Lang::En), Found::Offers(Vec::new()));
}

#[test]
fn folding_drops_case_accents_harakat_and_punctuation() {
    assert_eq!(fold("  Côte-d'Ivoire "), "cote d ivoire");
    assert_eq!(fold("SÃO TOMÉ"), "sao tome");
    assert_eq!(fold("مِصْرُ"), "مصر");
    assert_eq!(fold("إثيوبيا"), fold("اثيوبيا"));
    assert_eq!(edit_distance("mozambque", "mozambique"), 1);
    assert_eq!(edit_distance("", "abc"), 3);
}

#[test]
fn every_country_has_a_name_in_every_language_and_its_codes() {
    let g = gazetteer();
    assert!(g.countries().len() >= 249, "{}", g.countries().len());
    for c in g.countries() {
        assert_eq!(
            (c.alpha2.len(), c.alpha3.len(), c.numeric.len()),
            (2, 3, 3),
            "{c:?}"
        );
        for lang in Lang::ALL {
            assert!(!c.name(lang).is_empty(), "{} in {lang:?}", c.alpha2);
        }
    }
    assert_eq!(g.by_alpha2("KE").map(|c| c.numeric.as_str()), Some("404"));
    assert!(Gazetteer::from_json("not json").is_err());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// Any label, in any language, is answered without a panic, and a country's own
    /// usual name always finds it back.
    #[test]
    fn any_label_is_answered(label in "\\PC{0,40}", lang in 0usize..6, pick in 0usize..250) {
        let g = gazetteer();
        let lang = Lang::ALL[lang];
        // Only that it answers matters here (a panic fails the test).
        let _ = g.find(&label, lang);
        let c = &g.countries()[pick % g.countries().len()];
        if let Found::Country(found) = g.find(c.name(lang), lang) {
            proptest::prop_assert_eq!(&found.alpha2, &c.alpha2);
        }
    }
}
