extension HelpText {
    /// `risk soa --help`.
    static let soaHelp = Localized(
        """
        使い方: risk soa INVENTORY [--threats FILE] [--checklist FILE] [--plan FILE] [--method …] [--format table|csv|md|html|xlsx|json] [--output FILE] [--department NAME]

        ISO/IEC 27001:2022 附属書Aの管理策 93 件それぞれについて、適用か適用外か、その根拠、実施状況、関係するリスクを
        書きます（適用宣言書、ISO/IEC 27001 6.1.3 d）。台帳のリスクがカタログの対策（その管理策を実施するもの）を
        求めるとき、またはチェックリストでその対策が実施済みのとき適用です。適用外の根拠は、対象の媒体・脅威の資産が
        ないこと、チェックリストで該当なしとしたこと、またはカタログがその管理策を扱わないこと（組織として判断して
        記入）です。実施状況はチェックリストと対応計画（--plan の追加対策は計画中）から求めます。
        CSV の見出し: 管理策,管理策の概要,適用,適用・除外の根拠,実施状況,リスクID

        例:
          risk soa 台帳.csv --checklist 対策状況.csv --plan 対応計画.csv --format xlsx --output 適用宣言書.xlsx
        """,
        """
        usage: risk soa INVENTORY [--threats FILE] [--checklist FILE] [--plan FILE] [--method …] [--format table|csv|md|html|xlsx|json] [--output FILE] [--department NAME]

        Writes the statement of applicability (ISO/IEC 27001 6.1.3 d): for each of the 93 controls of ISO/IEC
        27001:2022 Annex A, whether it applies, why, how far it is in place, and the risks it answers. A control
        applies when a risk of the inventory calls for a catalog control that serves it, or when the checklist marks
        such a control done. A control that does not apply says why: no asset with the media or threats it answers,
        the checklist marks its controls not applicable, or the catalog does not cover it (decide and record by hand).
        The status comes from the checklist and the plan (a control the plan adds is planned).
        CSV header: control,title,applicable,justification,status,risk_ids

        example:
          risk soa inventory.csv --checklist checklist.csv --plan plan.csv --format xlsx --output soa.xlsx
        """)
}
