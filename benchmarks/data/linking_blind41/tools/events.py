# The 13 main events of set 41: slug -> (date, short description)
EVENTS = {
    "gna_downs_lna_warplane_wadi_rabie_2019_04_14": ("2019-04-14", "GNA says it shot down an LNA jet over Wadi al-Rabie south of Tripoli; LNA says MiG lost to technical fault"),
    "islamic_state_attack_lna_training_camp_sebha_2019_05_04": ("2019-05-04", "IS-claimed dawn attack on LNA Jabril Baba training camp in Sebha, 8-9 soldiers killed"),
    "gna_suspends_40_foreign_firms_including_total_2019_05_09": ("2019-05-09", "GNA economy ministry suspends 40 foreign firms incl. Total, Siemens, Thales over expired licences"),
    "africom_airstrike_isis_murzuq_first_2019_09_19": ("2019-09-19", "First AFRICOM strike on ISIS-Libya near Murzuq, 8 killed"),
    "africom_airstrike_isis_murzuq_third_2019_09_26": ("2019-09-26", "Third AFRICOM strike on ISIS-Libya in southwest Libya, 17 killed"),
    "di_maio_meets_haftar_rajma_benghazi_2020_02_13": ("2020-02-13", "Italian FM Di Maio meets Haftar at Rajma near Benghazi, day after Tripoli talks"),
    "us_hails_malta_seizure_russian_printed_dinars_2020_05_29": ("2020-05-29", "US State Dept statement praising Malta's seizure of $1.1bn Goznak-printed Libyan dinars"),
    "aguila_saleh_meets_lavrov_moscow_2020_11_25": ("2020-11-25", "HoR speaker Aguila Saleh meets Lavrov in Moscow"),
    "unsc_approves_kubis_as_un_libya_envoy_2021_01_15": ("2021-01-15", "UN Security Council approves Jan Kubis as UN Libya envoy"),
    "hurghada_constitutional_committee_agrees_referendum_2021_01_20": ("2021-01-20", "HoR-HCS constitutional committee in Hurghada agrees on referendum before elections"),
    "sisi_receives_dbeibah_cairo_2021_02_18": ("2021-02-18", "Sisi receives PM-designate Dbeibah in Cairo"),
    "sarraj_hands_over_power_to_dbeibah_tripoli_2021_03_16": ("2021-03-16", "Handover ceremony in Tripoli: Sarraj hands power to Dbeibah and Menfi"),
    "macron_receives_menfi_embassy_reopening_2021_03_23": ("2021-03-23", "Macron receives Menfi at Elysee, announces French embassy in Tripoli reopens"),
}
