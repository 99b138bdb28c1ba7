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

# The survey's uncertainty (bootstrap intervals), in the HTML report and the council workbook.
report-spread-title = Độ tin cậy của điều tra xã hội học
report-spread-sheet = Độ tin cậy điều tra
report-spread-low = Thấp (5 %)
report-spread-high = Cao (95 %)
report-spread-rank-interval = Hạng (khoảng 90 %)
report-spread-interval = Khoảng 90 %
report-spread-points = Điểm
report-spread-index = Chỉ số
report-spread-best = Tốt nhất
report-spread-worst = Kém nhất
report-spread-apart-count = Số đơn vị không phân biệt được
report-spread-apart = Không phân biệt được với
report-spread-more = … và { $more } đơn vị khác
report-spread-explained-table = Khoảng 90 % theo bootstrap trên người trả lời ({ $samples } mẫu, seed { $seed }): bách phân vị 5 và 95; hạng trong từng khối
report-spread-explained-html = Khoảng 90 % theo bootstrap trên người trả lời ({ $samples } mẫu, seed { $seed }): bách phân vị 5 và 95. Các đơn vị có khoảng hạng chồng lên nhau thì điều tra không phân biệt được thứ hạng.
report-spread-footer = Các đơn vị có khoảng hạng chồng lên nhau thì điều tra không phân biệt được thứ hạng: một mẫu người trả lời khác có thể đảo thứ tự của chúng.
report-spread-unit-line = Khoảng tin cậy của điều tra (90 %): điểm điều tra { $survey } · chỉ số { $index } · hạng { $best } – { $worst }
report-spread-unit-apart = không phân biệt được với

# A unit's evidence documents in the HTML report.
report-documents-title = Tài liệu kiểm chứng
report-documents-read = Văn bản
report-documents-files = Tệp
report-documents-warnings = Cảnh báo

# Column headers of tables for people (not read back).
report-block = Khối
report-note = Ghi chú
report-trail-first = Thẩm định lần 1
report-trail-explanation = Giải trình

# The criteria listing: the survey questions of a sub-criterion.
report-criteria-questions = câu hỏi { $questions }
