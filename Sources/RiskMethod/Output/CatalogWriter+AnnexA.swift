/// `risk catalog iso27001`: the 93 controls of ISO/IEC 27001:2022 Annex A, with the 2013 controls each continues and
/// the catalog's controls that serve it.
extension CatalogWriter {
    /// The catalog file's `iso27001` section: the 2022 controls and the 2013 numbers.
    var annexADocument: JSON {
        [
            "edition": .string(ISOEdition.iso2022.name),
            "controls": .array(catalog.annexA.controls.map { control in
                ["id": .string(control.id), "theme": .string(control.theme.rawValue), "title": .localized(control.title),
                 "from_2013": .strings(control.from2013)]
            }),
            "controls_2013": .strings(catalog.annexA.controls2013),
        ]
    }

    /// A 2022 control as `risk catalog iso27001 --format json` lists it: the section's fields and the ids of the
    /// catalog's controls that serve it.
    func annexAEntry(_ control: AnnexAControl) -> JSON {
        ["id": .string(control.id), "theme": .string(control.theme.rawValue), "title": .localized(control.title),
         "from_2013": .strings(control.from2013), "controls": .strings(servingControls(control.id))]
    }

    /// The ids of the catalog's controls whose 2022 numbers include `id`, in the catalog's order.
    func servingControls(_ id: String) -> [String] {
        catalog.controls.filter { $0.iso2022.contains(id) }.map { $0.id }
    }

    /// 2022 numbers as cited (`A.8.8`), so that a search for either form finds them.
    func annexACitations(_ numbers: [String]) -> [String] { numbers.map { ISOEdition.iso2022.citation($0) } }

    /// The 2022 controls whose number (`8.8` or `A.8.8`), theme, title, 2013 numbers or serving controls hold
    /// `search`.
    func annexA(matching search: String?) -> [AnnexAControl] {
        catalog.annexA.controls.filter { control in
            Self.matches(search, [control.id, "A." + control.id, control.theme.rawValue, control.theme.name.ja,
                                  control.title.ja, control.title.en] + control.from2013 + servingControls(control.id))
        }
    }

    /// The header and rows of the annex as CSV or a table.
    func annexARows(search: String?, full: Bool) -> (header: [String], rows: [[String]]) {
        let header = [OutputText.annexID, .annexTheme, .annexTitle, .annexFrom2013, .annexControls].map { $0(language) }
        let rows = annexA(matching: search).map { control -> [String] in
            let title = full ? control.title[language] : DisplayWidth.truncate(control.title[language], to: 40)
            let sources = control.isNew ? OutputText.annexNew(language) : control.from2013.joined(separator: "|")
            return [control.id, control.theme.name[language], title, sources, servingControls(control.id).joined(separator: "|")]
        }
        return (header, rows)
    }
}
