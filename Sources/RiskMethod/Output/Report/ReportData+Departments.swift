/// The department table (部署別): each department's assets, risks, counts by level, highest value, untreated
/// risks at or above the mapping level and worst risk, shared by the reports and the workbook.
extension ReportData {
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

    /// The departments of `assessment`'s inventory, in the order they first appear, with their totals.
    static func departments(of assessment: Assessment, outcome: TreatmentOutcome?, mappingLevel: RiskLevel) -> [Department] {
        let inventory = assessment.inventory
        var order: [String] = []
        var position: [String: Int] = [:]
        var ofAsset: [Int] = []
        ofAsset.reserveCapacity(inventory.assets.count)
        var departments: [Department] = []
        for index in inventory.assets.indices {
            let name = inventory.text(.department, of: index)
            let at = position[name] ?? {
                position[name] = order.count
                order.append(name)
                departments.append(Department(name: name))
                return order.count - 1
            }()
            ofAsset.append(at)
            let summary = assessment.summaries[index]
            departments[at].assets += 1
            departments[at].risks += summary.riskCount
            departments[at].highest = max(departments[at].highest, Int(summary.maximum))
            for level in assessment.method.levels { departments[at].counts[level, default: 0] += summary.count(level) }
        }
        for (index, risk) in assessment.risks.enumerated() {
            let at = ofAsset[Int(risk.asset)]
            if let worst = departments[at].worst {
                if risk.value > assessment.risks[worst].value { departments[at].worst = index }
            } else {
                departments[at].worst = index
            }
            if assessment.level(risk) >= mappingLevel, outcome?.plan.treatments[index] == nil {
                departments[at].untreated += 1
            }
        }
        return departments
    }

    var departmentHeader: [String] {
        [text(.departmentName), text(.departmentAssets), text(.departmentRisks)] + method.levelsDescending.map(label)
            + [text(.departmentHighest),
               ReportTableText.departmentUntreated(language, label(options.mappingLevel(method))),
               text(.departmentWorst)]
    }

    /// The numeric columns of the department table.
    var departmentColumns: Set<Int> { Set(1...(4 + method.bands.count)) }

    /// The departments' totals, in the columns of `departmentHeader`.
    var departmentRows: [[String]] {
        departments.map { department in
            [department.name.isEmpty ? text(.noDepartment) : department.name, String(department.assets),
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
