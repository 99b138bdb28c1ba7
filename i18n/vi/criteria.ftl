# Tệp bộ tiêu chí (TOML): đọc và kiểm tra.
criteria-invalid-file = tệp bộ tiêu chí không hợp lệ: { $reason }
criteria-invalid-file-expected = tệp TOML có các bảng [framework], [[grade]], [[area]], [[criterion]] và [[adjustment]] như trong docs/formats.md
criteria-bundled-file = criteria/{ $id }.toml (có sẵn)
criteria-number-too-large = { $what } { $value } quá lớn
criteria-number-range = một số từ -{ $max } đến { $max }
criteria-number-expected = một số từ -{ $max } đến { $max }, ví dụ 1 hoặc 0.25
criteria-number-too-precise = { $literal } có nhiều chữ số có nghĩa hơn mức tính chính xác (tối đa 28 chữ số); số không được làm tròn ngầm
criteria-number-too-many-decimals = { $literal } quá lớn hoặc có quá nhiều chữ số thập phân
criteria-number-not-finite = { $literal } không phải một số thập phân hữu hạn
criteria-number-wrong-type = cần một số, nhưng gặp { $kind ->
    [string] chuỗi
    [boolean] giá trị đúng/sai
    [datetime] ngày giờ
    [array] danh sách
    [table] bảng
   *[other] { $kind }
} { $found }
criteria-not-positive = { $what } phải lớn hơn 0, nhưng là { $found }
criteria-one-of = một trong: { $list }
criteria-did-you-mean = có phải là { $near }?
criteria-framework-missing = thiếu bảng [framework]
criteria-framework-missing-expected = [framework] có ít nhất id = "…"
criteria-framework-id-empty = mã bộ tiêu chí (id) để trống
criteria-framework-no-id = [framework] không có id
criteria-framework-id-expected = id = "so-2025" hoặc một mã ngắn, ổn định khác
criteria-decimals-out-of-range = decimals = { $value } nằm ngoài khoảng cho phép
criteria-decimals-expected = một số nguyên từ 0 đến { $max }
criteria-ties-unknown = ties = "{ $value }" không phải cách xếp hạng
criteria-ties-expected = ties = "shared" (mặc định: chỉ số bằng nhau cùng hạng) hoặc "exact" (xếp theo chỉ số chưa làm tròn)
criteria-rounding-unknown = rounding = "{ $value }" không phải cách làm tròn
criteria-rounding-expected = rounding = "leaf" (mặc định: làm tròn từng tiêu chí thành phần) hoặc "total" (chỉ làm tròn tổng điểm và chỉ số)
criteria-max-total-mismatch = max_total là { $declared } nhưng điểm tối đa của các tiêu chí thành phần cộng lại là { $total }
criteria-max-total-mismatch-expected = max_total = { $total }, hoặc điểm tối đa của các tiêu chí thành phần cộng lại bằng { $declared }
criteria-grade-cap-not-numeric = tiêu chí "{ $id }" không có giá trị là số
criteria-grade-cap-not-numeric-expected = một tiêu chí thành phần chấm theo tiers, ratio hoặc deduct
criteria-grade-cap-unknown-leaf = không có tiêu chí thành phần "{ $id }"
criteria-grade-cap-unknown-leaf-expected = mã của một tiêu chí thành phần, như "3.2.1"
criteria-grade-cap-bounds = giới hạn xếp loại cần đúng một điều kiện
criteria-grade-cap-bounds-expected = at_least = 10 (giá trị từ 10 trở lên) hoặc at_most = 50 (giá trị đến 50)
criteria-grade-cap-unknown-grade = không có xếp loại "{ $name }"
criteria-grade-name-empty = có một xếp loại để trống tên
criteria-grade-name-expected = một tên như "Xuất sắc"
criteria-grade-name-bad = tên xếp loại "{ $name }" { $problem }
criteria-grade-duplicate = xếp loại "{ $name }" bị trùng (lần đầu ở dòng { $first })
criteria-grade-duplicate-expected = mỗi tên xếp loại một lần
criteria-grades-order = các xếp loại không xếp từ cao xuống thấp: "{ $name }" (min_index { $min_index }) đứng sau "{ $previous }" (min_index { $previous_min_index }), nên không bao giờ được xếp
criteria-grades-order-expected = các xếp loại theo min_index từ cao xuống thấp, mỗi min_index thấp hơn xếp loại đứng trên
criteria-name-bad = tên của { $kind ->
    [area] lĩnh vực
    [criterion] tiêu chí
   *[adjustment] điểm thưởng/trừ
} "{ $id }" { $problem }: "{ $name }"
criteria-id-blank = mã "{ $id }" để trống hoặc có khoảng trắng
criteria-id-blank-expected = một mã như "1", "1.2", "1.2.3" hoặc "T1"
criteria-id-duplicate = mã "{ $id }" bị trùng (khai báo lần đầu ở dòng { $first })
criteria-id-duplicate-expected = mỗi mã chỉ dùng một lần trong các lĩnh vực, tiêu chí và điểm thưởng/trừ
criteria-no-parent = tiêu chí "{ $id }" không có cấp trên: không có lĩnh vực hay tiêu chí "{ $parent }"
criteria-no-parent-expected = một [[area]] hoặc [[criterion]] có id "{ $parent }"
criteria-id-not-dotted = mã tiêu chí "{ $id }" không cho biết cấp trên
criteria-id-not-dotted-expected = một mã có dấu chấm, phần trước là mã cấp trên, ví dụ "1.2" thuộc lĩnh vực "1"
criteria-area-empty = lĩnh vực "{ $id }" không có tiêu chí nào
criteria-area-empty-expected = các mục [[criterion]] có mã như "{ $id }.1"
criteria-leaf-max-not-positive = điểm tối đa (max) của tiêu chí thành phần "{ $id }" phải lớn hơn 0, nhưng là { $found }
criteria-leaf-no-max = tiêu chí thành phần "{ $id }" không có điểm tối đa (max)
criteria-leaf-no-max-expected = max = số điểm của tiêu chí thành phần này, ví dụ max = 1
criteria-leaf-no-rule = tiêu chí thành phần "{ $id }" không có cách chấm (rule)
criteria-leaf-no-rule-expected = rule = {"{"} kind = "check" {"}"} hoặc cách chấm khác (check, tiers, ratio, deadline, deduct, choice, manual)
criteria-source-unknown = source = "{ $value }" không phải nguồn điểm
criteria-source-expected = source = "assessment" hoặc "survey"
criteria-parent-leaf-key = tiêu chí "{ $id }" có tiêu chí con nên không được có `{ $key }`
criteria-parent-leaf-key-expected = `{ $key }` trên từng tiêu chí con (tiêu chí thành phần), hoặc bỏ các tiêu chí con
criteria-max-sum-mismatch = điểm tối đa (max) của "{ $id }" là { $declared } nhưng các tiêu chí con cộng lại là { $sum }
criteria-adjustment-kind-unknown = không có loại điểm thưởng/trừ "{ $kind }"
criteria-adjustment-kind-expected = kind = "bonus" (điểm thưởng, cộng) hoặc "penalty" (điểm trừ)
criteria-profile-id-empty = mã loại đơn vị (profile id) để trống
criteria-profile-id-expected = id = "khong-tthc" hoặc một mã ngắn khác
criteria-profile-adjustment = loại đơn vị "{ $id }": "{ $wanted }" là điểm thưởng/điểm trừ, không thể loại khỏi phạm vi chấm
criteria-profile-adjustment-expected = mã của một lĩnh vực, tiêu chí hoặc tiêu chí thành phần
criteria-profile-unknown-id = loại đơn vị "{ $id }": không có mã "{ $wanted }" trong bộ tiêu chí
criteria-profile-unknown-id-expected = mã của một lĩnh vực, tiêu chí hoặc tiêu chí thành phần của bộ tiêu chí
criteria-profile-duplicate = loại đơn vị "{ $id }" khai báo hai lần (lần đầu ở dòng { $first })
criteria-profile-duplicate-expected = mỗi mã loại đơn vị một lần

# Cách chấm (rule).
criteria-rule-kind-unknown = không có cách chấm "{ $kind }"
criteria-rule-kind-unknown-near = không có cách chấm "{ $kind }" (có phải là "{ $near }"?)
criteria-rule-field-unused = cách chấm { $kind } không dùng `{ $field }`
criteria-rule-no-fields = với { $kind }: không có khóa nào khác
criteria-rule-fields = với { $kind }: { $fields }
criteria-deduct-no-per = cách chấm deduct cần `per`
criteria-deduct-no-per-expected = per = số điểm trừ cho mỗi lần, ví dụ per = 0.25
criteria-points-out-of-range = { $what } { $value } nằm ngoài khoảng 0..{ $max }
criteria-points-out-of-range-expected = số điểm từ 0 đến điểm tối đa { $max } của tiêu chí thành phần
criteria-better-unknown = better = "{ $value }" không phải một chiều so sánh
criteria-better-expected = better = "higher" (mặc định) hoặc "lower"
criteria-tiers-missing = cách chấm tiers cần `tiers`
criteria-tiers-missing-expected = tiers = [[ngưỡng, điểm], …], mức tốt nhất trước, ví dụ [[100, 1], [80, 0.5]]
criteria-tiers-empty = `tiers` trống
criteria-tiers-empty-expected = ít nhất một cặp [ngưỡng, điểm]
criteria-tier-length = một mức có { $count } số
criteria-tier-length-expected = [ngưỡng, điểm], ví dụ [80, 0.5]
criteria-what-threshold = ngưỡng
criteria-what-tier-points = điểm của mức
criteria-what-option-points = điểm của "{ $label }"
criteria-threshold-not-percent = ngưỡng { $value } không phải một tỷ lệ %
criteria-threshold-not-percent-expected = một ngưỡng từ 0 đến 100 (percent = true)
criteria-tiers-threshold-order = các mức không xếp từ tốt nhất: ngưỡng { $value } đứng sau { $previous }
criteria-tiers-threshold-order-expected = các ngưỡng { $better ->
    [higher] giảm dần
   *[lower] tăng dần
} (better = "{ $better }"), mức tốt nhất trước
criteria-tiers-points-order = các mức không xếp từ tốt nhất: { $value } điểm đứng sau { $previous }
criteria-tiers-points-order-expected = số điểm không tăng từ mức này sang mức sau
criteria-floor-out-of-range = floor { $floor } nằm ngoài khoảng 0..target ({ $target })
criteria-floor-out-of-range-expected = một floor từ 0 đến target
criteria-target-not-percent = target { $target } không bao giờ đạt được bằng một tỷ lệ %
criteria-target-not-percent-expected = một target từ 0 đến 100 khi percent = true
criteria-deadline-no-due = cách chấm deadline cần `due`
criteria-deadline-no-due-expected = due = "2024-01-31" (ngày cuối cùng được điểm tối đa)
criteria-due-not-date = due { $value } không phải một ngày
criteria-due-not-date-expected = một ngày như "2024-01-31" hoặc "31/01/2024"
criteria-choice-no-options = cách chấm choice cần `options`
criteria-choice-no-options-expected = options = {"{"} "Đầy đủ" = 1, "Còn thiếu" = 0.5, "Không đạt" = 0 {"}"}
criteria-options-empty = `options` trống
criteria-options-empty-expected = ít nhất một "nhãn" = điểm
criteria-option-label-empty = nhãn lựa chọn "{ $label }" để trống
criteria-option-label-not-applicable = nhãn lựa chọn "{ $label }" có nghĩa là không áp dụng
criteria-option-label-expected = một nhãn mà đơn vị ghi làm giá trị, ví dụ "Đầy đủ"
criteria-option-duplicate = lựa chọn "{ $label }" được liệt kê hai lần (nhãn không phân biệt hoa thường và khoảng trắng)
criteria-option-duplicate-expected = mỗi nhãn một lần

# Tiêu chí lấy điểm từ phiếu điều tra và bảng [survey].
criteria-questions-no-survey = tiêu chí "{ $id }" có questions nhưng bộ chỉ số không có bảng [survey]
criteria-questions-no-survey-expected = bảng [survey] với options = {"{"} A = 100, B = 60, C = 20, D = 0 {"}"}
criteria-questions-not-survey = tiêu chí "{ $id }" có questions nhưng không có source = "survey"
criteria-questions-not-survey-expected = source = "survey" trên tiêu chí lấy điểm từ phiếu điều tra
criteria-questions-rule = tiêu chí "{ $id }" có questions nhưng quy tắc "{ $kind }" không nhận một số
criteria-questions-rule-expected = rule = {"{"} kind = "ratio" {"}"} hoặc {"{"} kind = "tiers", … {"}"}: giá trị là tỷ lệ % trung bình
criteria-questions-empty = questions của tiêu chí "{ $id }" trống
criteria-questions-empty-expected = ít nhất một mã câu hỏi, ví dụ ["P1.3"]
criteria-question-empty = mã câu hỏi trống
criteria-question-empty-expected = một mã câu hỏi, ví dụ "P1.3"
criteria-question-twice = câu hỏi "{ $question }" được liệt kê ở hai tiêu chí: "{ $other }" (dòng { $line }) và "{ $id }"
criteria-question-twice-expected = mỗi câu hỏi chỉ tính điểm cho một tiêu chí
criteria-survey-no-options = bảng [survey] không có options
criteria-survey-options-empty = options của [survey] trống
criteria-survey-options-expected = options = {"{"} A = 100, B = 60, C = 20, D = 0 {"}"}
criteria-what-survey-option = phương án "{ $label }"
criteria-survey-option-range = phương án "{ $label }" được tính { $value } %, ngoài khoảng 0..100
criteria-survey-option-range-expected = một tỷ lệ % từ 0 đến 100
criteria-survey-option-duplicate = phương án "{ $label }" trống hoặc trùng với phương án khác (không phân biệt hoa thường)
criteria-survey-option-duplicate-expected = mỗi phương án một nhãn riêng
criteria-what-group-weight = trọng số của nhóm "{ $group }"
criteria-survey-group-duplicate = nhóm "{ $group }" trống hoặc trùng
criteria-survey-group-duplicate-expected = mỗi nhóm một mã riêng
criteria-survey-groups-empty = groups của [survey] trống
criteria-survey-groups-empty-expected = groups = {"{"} P1 = 1, P2 = 2 {"}"}, hoặc bỏ groups
criteria-survey-min-answers = min_answers = { $value } là số âm
criteria-survey-min-answers-expected = một số nguyên ≥ 0
criteria-survey-population = population = { $value } không hợp lệ
criteria-survey-population-expected = một số nguyên > 0

# Các bộ tiêu chí có sẵn (criteria --list).
bundled-so-2025 = sở, ban, ngành; năm đánh giá 2025
bundled-xa-2025 = xã, phường, đặc khu (chính quyền địa phương hai cấp từ 1/7/2025); năm đánh giá 2025
bundled-huyen-2024 = UBND cấp huyện; các năm đánh giá đến 2024
bundled-huyen-2023 = UBND cấp huyện; năm đánh giá 2023: năm trước của huyen-2024, dùng cho `compare`

# Lý do của thư viện đọc TOML, dịch lại.
criteria-toml-unknown-key = khóa `{ $key }` không dùng được ở đây; các khóa được dùng: { $allowed }
criteria-toml-no-keys = khóa `{ $key }` không dùng được ở đây (bảng này không có khóa nào)
criteria-toml-missing-key = thiếu khóa `{ $key }`
criteria-toml-unknown-value = giá trị `{ $value }` không dùng được; các giá trị được dùng: { $allowed }
criteria-toml-duplicate-key = khóa `{ $key }` được ghi hai lần
criteria-toml-wrong-kind = sai kiểu giá trị: gặp { $found }, cần { $expected }
criteria-toml-kind-text = văn bản (trong ngoặc kép)
criteria-toml-kind-number = số
criteria-toml-kind-boolean = true/false
criteria-toml-kind-list = danh sách [ … ]
criteria-toml-kind-table = bảng
criteria-toml-syntax = lỗi cú pháp TOML: { $reason }
