# The annex table of a framework (`criteria export` / `criteria import`): reading it back.
# The rule texts quoted in these messages ("Có: 1; Không: 0", "Trừ 0,25 điểm/lần") are
# what a cell must hold, in any language.
table-one-of = một trong: { $list }
table-leave-blank = để trống ô này
table-no-criteria-sheet = không có bảng tiêu chí
table-no-criteria-sheet-expected = một bảng có các cột STT/Mã, Nội dung, Điểm tối đa, Cách chấm
table-grade-cap-condition = không đọc được điều kiện "{ $condition }"
table-grade-cap-condition-expected = ≥ 10 (từ 10 trở lên) hoặc ≤ 50 (đến 50)
table-no-header = không tìm thấy dòng tiêu đề của bảng
table-no-header-in-sheet = không tìm thấy dòng tiêu đề của bảng ở trang "{ $sheet }"
table-no-header-expected = trong { $rows } dòng đầu, một dòng có các cột { $id } (và { $name }, { $max }, …)
table-cell-outside-columns = ô "{ $text }" nằm ngoài các cột của dòng tiêu đề
table-cell-outside-columns-expected = mỗi ô dưới một tiêu đề; trong CSV, đặt ô có dấu phẩy (như "0,5") trong ngoặc kép hoặc dùng dấu ; để ngăn cách
table-row-without-id = dòng có nội dung nhưng thiếu mã
table-row-without-id-expected = mã như 1, 1.1 hoặc 1.1.1 (tiêu chí cha là phần trước dấu chấm cuối)
table-max-not-number = điểm tối đa "{ $text }" không phải là số
table-max-not-number-expected = một số không âm như 1, 0,5 hoặc 2,25
table-flag-unreadable = cột "{ $column }" ghi "{ $text }"
table-flag-forms = để trống (không), hoặc x, có, 1 (có)
table-setting-unknown = khóa "{ $key }" không có trong bộ chỉ số
table-setting-not-integer = { $key } = "{ $value }" không phải số nguyên
table-setting-not-integer-expected = một số nguyên như 2025 hoặc 2
table-setting-not-number = { $key } = "{ $value }" không phải số
table-setting-cap-expected = một số lớn hơn 0, như 2 hoặc 1,5
table-setting-total-expected = một số như 100
table-setting-cap-index = cap_index = "{ $value }"
table-setting-cap-index-expected = có hoặc không
table-total-mismatch = max_total là { $total } nhưng điểm tối đa các tiêu chí thành phần cộng lại { $sum }
table-total-mismatch-expected = max_total = { $sum }, hoặc sửa điểm tối đa các tiêu chí cho đủ { $total }
table-grade-minimum-unreadable = chỉ số tối thiểu của xếp loại "{ $name }" là "{ $text }"
table-grade-minimum-unreadable-expected = một số từ 0 đến 100, như 90 hoặc 72,5
table-grade-minimum-fraction = chỉ số tối thiểu của xếp loại "{ $name }" là { $value }: có phải { $percent } %?
table-grade-minimum-fraction-expected = chỉ số tính bằng %, từ 0 đến 100, như 90 (ô định dạng số, không phải phần trăm)
table-parent-has-rule = tiêu chí "{ $id }" có tiêu chí con nên không có cách chấm riêng
table-parent-has-rule-expected = để trống ô này; ghi cách chấm ở từng tiêu chí thành phần
table-parent-flagged = tiêu chí "{ $id }" có tiêu chí con nên không đánh dấu "{ $column }"
table-parent-flagged-expected = đánh dấu ở từng tiêu chí thành phần
table-leaf-no-max = tiêu chí thành phần "{ $id }" thiếu điểm tối đa
table-leaf-no-max-expected = điểm tối đa lớn hơn 0, như 1 hoặc 0,5
table-leaf-no-rule = tiêu chí thành phần "{ $id }" thiếu cách chấm
table-questions-on-area = lĩnh vực "{ $id }" không có câu hỏi điều tra
table-questions-on-parent = tiêu chí có tiêu chí con "{ $id }" không có câu hỏi điều tra
table-questions-on-adjustment = điểm thưởng/điểm trừ "{ $id }" không có câu hỏi điều tra
table-questions-misplaced-expected = để trống ô này; ghi câu hỏi ở tiêu chí thành phần lấy điểm từ phiếu điều tra
table-sum-mismatch = điểm tối đa của "{ $id }" là { $declared } nhưng các tiêu chí con cộng lại { $sum }
table-sum-mismatch-expected = điểm tối đa { $sum } ({ $parts }), hoặc sửa điểm các tiêu chí con
table-adjustment-flagged = điểm thưởng/điểm trừ "{ $id }" không đánh dấu "{ $column }"
table-rule-forms = một trong các dạng (docs/criteria-table.md): { $forms }
table-adjustment-forms = Cộng 0,5 điểm/lần (điểm thưởng) hoặc Trừ 0,5 điểm/lần (điểm trừ); mức tối đa ghi ở cột Điểm tối đa (docs/criteria-table.md)
table-adjustment-unreadable = không đọc được điểm thưởng/điểm trừ "{ $text }"
table-adjustment-per-unreadable = không đọc được số điểm mỗi lần trong "{ $text }"
table-rule-unreadable = không đọc được cách chấm "{ $text }"
table-rule-empty = cách chấm để trống
table-deadline-on-time = đúng hạn được đủ điểm tối đa { $max }, không phải { $found }
table-check-points = "{ $yes }: …; { $no }: …" cho đủ điểm tối đa { $max } hoặc 0: viết "Có: { $max }; Không: 0", hoặc đặt nhãn trong ngoặc kép để có lựa chọn
table-profile-no-id = dòng loại đơn vị thiếu mã
table-profile-no-id-expected = một mã ngắn như khong-tthc (ghi ở cột loại đơn vị của danh sách đơn vị)
table-survey-unknown-kind = mục "{ $kind }" không có trong bảng điều tra xã hội học
table-survey-not-number = { $kind } "{ $label }": giá trị "{ $value }" không phải số
table-survey-not-number-expected = một số không âm, như 100, 60 hoặc 2
table-survey-no-label = dòng { $kind } thiếu mã
table-survey-no-label-expected = nhãn như A hoặc mã nhóm như ND
table-survey-not-whole = { $kind } là "{ $value }"
table-survey-not-whole-expected = một số nguyên dương, như 30
table-xlsx-unreadable = không đọc được tệp Excel: { $reason }
table-xlsx-unreadable-expected = một tệp Excel (.xlsx) lưu bằng Excel hoặc LibreOffice, không đặt mật khẩu
table-cell-error = ô chứa lỗi Excel { $error }
table-cell-error-expected = giá trị, không phải công thức lỗi
table-not-utf8 = tệp không phải văn bản UTF-8
table-not-utf8-expected = CSV lưu dạng UTF-8 (trong Excel: Save As → CSV UTF-8)
table-csv-line = không đọc được dòng CSV: { $reason }
table-csv-line-expected = CSV hợp lệ
