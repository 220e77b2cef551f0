/// The department table (部署別): each department's assets, risks, counts by level, highest value, untreated
/// risks at or above the mapping level and worst risk. The reports and the workbook's Departments sheet show it.
struct DepartmentTable {
    /// One department's totals.
    struct Department {
        let name: String
        var assets = 0
        var risks = 0
        var counts: [RiskLevel: Int] = [:]
        var highest = 0
        /// Risks at or above the mapping level that the plan does not treat (without a plan, all of them).
        var untreated = 0
        /// The index of the department's highest risk (the first in register order among equals), if it has risks.
        var worst: Int?
    }

    let assessment: Assessment
    let language: Language
    let mappingLevel: RiskLevel
    /// The departments in the order they first appear in the inventory.
    let departments: [Department]

    var method: ScoringMethod { assessment.method }

    /// The table of `assessment` with the plan of `options`' outcome, at its mapping level.
    init(assessment: Assessment, options: RegisterOptions) {
        self.assessment = assessment
        language = options.language
        mappingLevel = options.mappingLevel(assessment.method)
        let inventory = assessment.inventory
        var position: [String: Int] = [:]
        var ofAsset: [Int] = []
        ofAsset.reserveCapacity(inventory.assets.count)
        var departments: [Department] = []
        for index in inventory.assets.indices {
            let name = inventory.text(.department, of: index)
            let at = position[name] ?? departments.count
            if at == departments.count {
                position[name] = at
                departments.append(Department(name: name))
            }
            ofAsset.append(at)
            let summary = assessment.summaries[index]
            departments[at].assets += 1
            departments[at].risks += summary.riskCount
            departments[at].highest = max(departments[at].highest, Int(summary.maximum))
            for level in assessment.method.levels { departments[at].counts[level, default: 0] += summary.count(level) }
        }
        let outcome = options.outcome
        for (index, risk) in assessment.risks.enumerated() {
            let at = ofAsset[Int(risk.asset)]
            if departments[at].worst.map({ risk.value > assessment.risks[$0].value }) ?? true {
                departments[at].worst = index
            }
            if assessment.level(risk) >= mappingLevel, outcome?.plan.treatments[index] == nil {
                departments[at].untreated += 1
            }
        }
        self.departments = departments
    }

    func label(_ level: RiskLevel) -> String { method.label(level, in: language) }

    var header: [String] {
        [ReportTableText.departmentName(language), ReportTableText.departmentAssets(language),
         ReportTableText.departmentRisks(language)] + method.levelsDescending.map(label)
            + [ReportTableText.departmentHighest(language),
               ReportTableText.departmentUntreated(language, label(mappingLevel)), ReportTableText.departmentWorst(language)]
    }

    /// The numeric columns: all but the first (the name) and the last (the worst risk).
    var numericColumns: Set<Int> { Set(1...(4 + method.bands.count)) }

    /// The departments' totals, in the columns of `header`.
    var rows: [[String]] {
        departments.map { department in
            [department.name.isEmpty ? ReportTableText.noDepartment(language) : department.name, String(department.assets),
             String(department.risks)] + method.levelsDescending.map { String(department.counts[$0] ?? 0) }
                + [String(department.highest), String(department.untreated), worstText(department)]
        }
    }

    /// A department's worst risk: its id, value and level; empty when it has no risk.
    func worstText(_ department: Department) -> String {
        guard let index = department.worst else { return "" }
        let risk = assessment.risks[index]
        return ReportTableText.departmentWorstRisk(language, assessment.riskID(risk), String(risk.value),
                                                   label(assessment.level(risk)))
    }
}

extension ReportData {
    var departmentHeader: [String] { departmentTable.header }

    /// The numeric columns of the department table.
    var departmentColumns: Set<Int> { departmentTable.numericColumns }

    /// The departments' totals, in the columns of `departmentHeader`.
    var departmentRows: [[String]] { departmentTable.rows }
}
