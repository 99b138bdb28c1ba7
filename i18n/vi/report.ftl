# Báo cáo và bảng in ra: các dòng ghi chú của bảng bộ tiêu chí, so sánh hai bộ tiêu chí.

## Ghi chú dưới bảng bộ tiêu chí (par-score criteria)
report-bonus-cap = Tổng điểm thưởng tối đa: { $cap }
report-penalty-cap = Tổng điểm trừ tối đa: { $cap }
report-ties-exact = Chỉ số bằng nhau: xếp theo chỉ số chưa làm tròn
report-rounding-total = Làm tròn: chỉ tổng điểm và chỉ số (cộng điểm chưa làm tròn)
report-grade-cap = Giới hạn xếp loại: { $leaf } { $condition } → cao nhất { $grade }

## So sánh hai bộ tiêu chí (par-score criteria diff)
report-diff-heading = So sánh bộ chỉ số: { $before } → { $after }
report-diff-change = Thay đổi
report-diff-id = Mã
report-diff-same = Hai bộ chỉ số giống nhau.
report-diff-area = Lĩnh vực { $id }: { $name } ({ $verdict })
report-diff-comparable = so sánh được
report-diff-criteria-changed = so sánh được tổng điểm lĩnh vực; tiêu chí thành phần thay đổi
report-diff-max-changed = không so sánh được: điểm tối đa thay đổi { $previous } → { $current }
report-diff-only-one = chỉ có ở một bộ chỉ số
report-survey-options = Phiếu điều tra: { $options }
report-survey-groups = trọng số nhóm { $groups }
report-profile = Loại đơn vị { $id } ({ $name }): không áp dụng { $ids }
