# Tệp minh chứng (evidence): đọc tệp CSV, bảng tính, thư mục; kiểm tra từng dòng.

## Tệp và dòng tiêu đề
evidence-file-empty = tệp minh chứng trống
evidence-only-blank-lines = tệp minh chứng chỉ có dòng trống
evidence-header-but-no-rows = tệp minh chứng có dòng tiêu đề nhưng không có dòng số liệu nào
evidence-expected-header-and-rows = một dòng tiêu đề (đơn vị, mã tiêu chí, giá trị, điểm tự chấm, điểm thẩm định, tài liệu kiểm chứng, ghi chú) và mỗi dòng một đơn vị, một tiêu chí
evidence-expected-rows-under-header = mỗi đơn vị, mỗi tiêu chí một dòng, dưới dòng tiêu đề
evidence-line-too-long = dòng dài hơn { $bytes } byte: par-score dừng đọc tệp ở đây
evidence-line-too-long-expected = mỗi dòng là một đơn vị và một tiêu chí, dài không quá 1 MiB
evidence-line-too-long-hint = tệp có thể bị hỏng, hoặc thiếu dấu xuống dòng; mở tệp kiểm tra lại
evidence-unreadable-csv = không đọc được tệp CSV: { $reason }
evidence-expected-csv = một tệp CSV
evidence-not-utf8 = văn bản không phải UTF-8 (byte { $byte })
evidence-expected-utf8-csv = một tệp CSV lưu dạng UTF-8
evidence-expected-utf8-file = một tệp lưu dạng UTF-8
evidence-utf8-hint = tệp có lẽ được lưu theo bảng mã cũ của Windows (ví dụ Windows-1258 hoặc TCVN3); trong Excel hãy chọn "Save As → CSV UTF-8 (Comma delimited)"
evidence-save-as-utf8-hint = hãy lưu tệp dạng UTF-8; văn bản theo bảng mã cũ của Windows (Windows-1258, TCVN3) không đọc được
evidence-unclosed-quote-hint = ô kéo dài qua nhiều dòng: có lẽ một dấu ngoặc kép (") mở đầu ô mà không được đóng lại
evidence-and-more = { " " }và { $count } cột khác
evidence-header-missing-column = dòng tiêu đề không có cột "{ $column }"; các cột có: { $found }
evidence-header-missing-column-expected = một cột có tiêu đề "{ $vietnamese }" hoặc "{ $name }"
evidence-header-hint = dòng đầu tiên phải ghi tên các cột; dấu phân cách (, hoặc ;) được lấy theo dòng này
evidence-header-duplicate-column = cột { $first } và cột { $second } cùng là cột "{ $column }"
evidence-header-duplicate-column-expected = mỗi cột chỉ có một lần
evidence-column-not-read = cột "{ $header }" không được đọc: tiêu đề này không ứng với cột nào
evidence-column-not-read-expected = một tiêu đề như "{ $vietnamese }" hoặc "{ $name }"
evidence-did-you-mean = có phải là { $near }?
evidence-did-you-mean-quoted = có phải là "{ $near }"?

## Từng dòng
evidence-row-too-many-fields = dòng có { $fields } ô nhưng dòng tiêu đề chỉ có { $header } cột
evidence-row-too-many-fields-expected = nhiều nhất { $header } ô, như dòng tiêu đề
evidence-row-too-many-fields-hint = giá trị có chứa dấu phân cách phải đặt trong dấu ngoặc kép, ví dụ "92,5"
evidence-unit-name-problem = tên đơn vị "{ $name }" { $problem }
evidence-unit-empty = tên đơn vị để trống
evidence-unit-empty-expected = tên của đơn vị, ví dụ "Sở Tư pháp"
evidence-criterion-empty = mã tiêu chí để trống
evidence-criterion-empty-expected = mã của một tiêu chí thành phần, ví dụ 1.1.2, hoặc mã điểm thưởng, điểm trừ, ví dụ T1
evidence-row-for-area = "{ $id }" là một lĩnh vực; điểm của lĩnh vực là tổng điểm các tiêu chí thành phần
evidence-row-for-criterion-with-subs = "{ $id }" là tiêu chí có tiêu chí thành phần; điểm của nó là tổng điểm các tiêu chí thành phần
evidence-row-for-group-expected = mỗi tiêu chí thành phần một dòng: { $leaves }
evidence-unknown-criterion = mã tiêu chí "{ $id }" không có trong bộ tiêu chí { $framework }
evidence-unknown-criterion-expected = mã của một tiêu chí thành phần hoặc một mục điểm thưởng, điểm trừ của bộ tiêu chí; lệnh `par-score criteria` liệt kê các mã
evidence-fraction = giá trị "{ $value }" của tiêu chí { $id } có vẻ là phân số, không phải tỷ lệ phần trăm
evidence-fraction-expected = một tỷ lệ phần trăm từ 0 đến 100
evidence-fraction-hint = có phải là { $percent }%?
evidence-manual-value-ignored = giá trị "{ $value }" bị bỏ qua: tiêu chí { $id } do hội đồng chấm trực tiếp (manual)
evidence-manual-value-ignored-expected = điểm ghi ở cột "{ $self_score }" hoặc "{ $appraised }"
evidence-not-applicable-with-points = tiêu chí { $id } được ghi là không áp dụng nhưng lại có điểm ở cột "{ $column }"
evidence-not-applicable-or-points-expected = hoặc N/A (hội đồng chấp nhận không áp dụng), hoặc điểm thẩm định (hội đồng chấm tiêu chí), không được cả hai
evidence-not-applicable-or-points-hint = hội đồng hoặc chấp nhận "không áp dụng" (để trống ô điểm thẩm định), hoặc chấm điểm tiêu chí (bỏ N/A ở ô giá trị)
evidence-place-line = dòng { $line }
evidence-place-row = hàng { $line }
evidence-place-line-of = dòng { $line } của { $file }
evidence-place-row-of = hàng { $line } của { $file }
evidence-duplicate-row = dòng trùng của đơn vị "{ $unit }" và tiêu chí { $id } (trùng với { $place }): cột "{ $column }" được điền ở cả hai dòng
evidence-duplicate-row-expected = mỗi cột của một đơn vị và tiêu chí chỉ điền ở một dòng (các dòng của nhiều lớp số liệu được gộp lại)
evidence-duplicate-row-hint = mỗi cột của một đơn vị và tiêu chí chỉ được điền ở một dòng (kể cả khi hai ô giống nhau); xóa ô ở một trong hai dòng, hoặc sửa mã tiêu chí
evidence-duplicate-not-applicable = tiêu chí { $id } của đơn vị "{ $unit }" được ghi không áp dụng ở một dòng nhưng có điểm ở cột "{ $column }" ở dòng kia ({ $place })

## Ô giá trị và ô điểm
evidence-value-invalid = giá trị { $problem } (tiêu chí { $id })
evidence-thousands-count-hint = nếu là { $digits }, hãy ghi { $digits } (không có dấu phân cách hàng nghìn); số đếm không có phần thập phân
evidence-expected-yes-no = có hoặc không: { $words }
evidence-expected-percentage = một tỷ lệ phần trăm từ 0 đến 100, ví dụ 97,5 hoặc 97,5%
evidence-expected-number = một số như 92,5 hoặc 92.5 (được ghi thêm % ở cuối)
evidence-expected-number-not-negative = một số không âm như 92,5 hoặc 92.5 (được ghi thêm % ở cuối)
evidence-expected-date-or-empty = một ngày ghi ngày trước, ví dụ 15/01/2024, 15-01-2024 hoặc 2024-01-15; để trống nếu chưa ban hành
evidence-expected-count = một số đếm nguyên: 0, 1, 2, …
evidence-expected-choice = một trong các lựa chọn { $options }
evidence-expected-manual-no-value = không ghi giá trị (tiêu chí chấm trực tiếp lấy điểm tự chấm hoặc điểm thẩm định)
evidence-not-applicable-not-optional = "{ $value }" ghi tiêu chí { $id } là không áp dụng, nhưng tiêu chí này không được phép bỏ qua
evidence-not-applicable-not-optional-hint = chỉ tiêu chí thành phần có optional = true trong bộ tiêu chí mới được ghi N/A
evidence-value-from-survey = tiêu chí { $id } lấy giá trị từ phiếu điều tra (questions), nhưng ô giá trị ghi "{ $value }"
evidence-value-from-survey-expected = ô giá trị để trống: giá trị của tiêu chí này tính từ tệp trả lời (--responses)
evidence-value-from-survey-hint = hai nguồn cho một giá trị: xóa giá trị ở tệp minh chứng; điểm thẩm định vẫn được ghi đè
evidence-value-out-of-range = giá trị "{ $value }" nằm ngoài khoảng cho phép (tiêu chí { $id })
evidence-value-not-an-option = giá trị "{ $value }" không phải là một lựa chọn của tiêu chí { $id }
evidence-expected-adjustment-count = một số đếm nguyên: 0, 1, 2, …
evidence-adjustment-not-applicable = "{ $value }" ghi mục { $id } là không áp dụng
evidence-adjustment-not-applicable-hint = để trống hoặc ghi 0 khi không có gì để đếm
evidence-expected-points = điểm từ 0 đến { $max }
evidence-expected-points-step = điểm từ 0 đến { $max }, là bội của { $step }
evidence-points-invalid = ô "{ $column }": { $problem } (tiêu chí { $id })
evidence-points-out-of-range = ô "{ $column }" ghi "{ $value }", ngoài khoảng điểm cho phép (tiêu chí { $id })
evidence-points-not-a-multiple = ô "{ $column }" ghi "{ $value }", không phải bội của bước điểm { $step } (tiêu chí { $id })

## Ngày ngoài kỳ đánh giá
evidence-date-year-early = ngày "{ $date }" của tiêu chí { $id } sớm hơn hạn { $due } hơn một năm
evidence-date-year-early-expected = một ngày từ { $first } trở đi (trong vòng một năm trước hạn)
evidence-date-year-early-hint = văn bản này có lẽ là của năm trước: kiểm tra lại năm, hoặc ghi ngày của văn bản năm nay
evidence-date-outside-window = ngày "{ $date }" của tiêu chí { $id } nằm ngoài kỳ đánh giá
evidence-date-expected-window = một ngày từ { $first } đến hôm nay ({ $today })
evidence-date-expected-not-after = một ngày không muộn hơn hôm nay ({ $today })
evidence-date-too-early-hint = bộ chỉ số là của năm { $year }: kiểm tra lại năm của ngày này
evidence-date-future-hint = ngày này chưa đến: kiểm tra lại ngày, tháng, năm

## Tệp không phải văn bản
evidence-sniff-utf16 = văn bản UTF-16 ("Unicode Text" của Excel)
evidence-utf16-hint = trong Excel hãy chọn "Save As → CSV UTF-8 (Comma delimited)"
evidence-sniff-zip = một tệp nén ZIP (bảng tính như .xlsx, .ods, hoặc tệp Word)
evidence-sniff-office = một tệp Office 97–2003 (bảng tính .xls hoặc văn bản .doc)
evidence-sniff-workbook-hint = par-score đọc trực tiếp bảng tính .xlsx, .xls, .xlsb, .ods: hãy đặt đúng đuôi tệp; tài liệu Word không phải là số liệu
evidence-sniff-pdf = một tài liệu PDF
evidence-sniff-pdf-hint = tệp minh chứng phải là bảng số liệu CSV, không phải bản quét tài liệu kiểm chứng
evidence-not-text = tệp này là { $what }, không phải văn bản { $kind }
evidence-expected-utf8-kind = một tệp { $kind } lưu dạng UTF-8
evidence-save-in-text-editor-hint = hãy mở bằng trình soạn thảo văn bản và lưu dạng UTF-8

## Thư mục, danh sách đơn vị
evidence-no-files = chưa chỉ ra tệp minh chứng nào
evidence-folder-without-data = { $folder }: thư mục không có tệp số liệu nào (*.csv, *.xlsx, *.xls, *.xlsb, *.ods)
evidence-file-skipped = tệp này không được đọc: không phải tệp số liệu
evidence-file-skipped-expected = tệp số liệu .csv, .xlsx, .xls, .xlsb hoặc .ods
evidence-file-skipped-hint = tài liệu kiểm chứng (PDF, Word, …) không phải là số liệu; nếu là số liệu, hãy lưu thành .csv hoặc .xlsx
evidence-lock-file = bỏ qua tệp khóa của Excel: một bảng tính trong thư mục đang được mở
evidence-lock-file-hint = những thay đổi chưa lưu không được tính; hãy lưu và đóng bảng tính rồi chạy lại
evidence-unit-not-registered = đơn vị "{ $unit }" không có trong danh sách đơn vị { $register }
evidence-unit-not-registered-expected = tên một đơn vị của danh sách (không phân biệt chữ hoa, chữ thường)
evidence-unit-not-registered-hint = tên gần nhất trong danh sách: { $closest }; nếu là đơn vị mới, hãy thêm vào danh sách
evidence-unit-absent = đơn vị "{ $unit }" không có dòng minh chứng nào: được xếp hạng với mọi tiêu chí 0 điểm
evidence-unit-absent-expected = một dòng minh chứng cho mỗi tiêu chí của đơn vị
evidence-unit-absent-hint = trong bảng xếp hạng đơn vị được ghi chú "{ $note }"
evidence-profile-appraised = tiêu chí { $id } không áp dụng cho đơn vị "{ $unit }" (loại đơn vị "{ $profile }") nhưng có điểm thẩm định ({ $column })
evidence-profile-appraised-expected = ô điểm thẩm định để trống: tiêu chí nằm ngoài phạm vi chấm của loại đơn vị này
evidence-profile-appraised-hint = xóa điểm thẩm định, hoặc sửa loại đơn vị của đơn vị trong danh sách đơn vị
evidence-profile-ignored = tiêu chí { $id } không áp dụng cho đơn vị "{ $unit }" (loại đơn vị "{ $profile }"): { $columns } bị bỏ qua
evidence-profile-ignored-expected = không có dòng cho tiêu chí này
evidence-profile-ignored-hint = tiêu chí được loại khỏi cả điểm và điểm tối đa của đơn vị
evidence-unit-case-only = đơn vị "{ $unit }" chỉ khác "{ $other }" ({ $place }) ở chữ hoa, chữ thường
evidence-unit-case-only-expected = "{ $other }", viết giống nhau ở mọi dòng
evidence-unit-case-only-hint = sửa tên cho thống nhất, hoặc dùng --units với danh sách đơn vị: khi đó tên được so khớp không phân biệt chữ hoa, chữ thường

## Bảng tính
evidence-workbook-unreadable = không đọc được bảng tính: { $reason }
evidence-workbook-unreadable-expected = một bảng tính (.xlsx, .xls, .xlsb, .ods) lưu bằng Excel hoặc LibreOffice, không đặt mật khẩu
evidence-workbook-unreadable-hint = mở tệp bằng Excel hoặc LibreOffice và lưu lại; nếu không phải tệp số liệu, hãy chuyển nó ra khỏi thư mục
evidence-workbook-no-sheet = bảng tính không có trang tính nào
evidence-workbook-no-sheet-expected = một trang tính chứa các dòng minh chứng
evidence-sheet-empty = trang tính "{ $sheet }" trống
evidence-expected-header-row-and-rows = một hàng tiêu đề (đơn vị, mã tiêu chí, giá trị, điểm tự chấm, điểm thẩm định, tài liệu kiểm chứng, ghi chú) và mỗi hàng một đơn vị, một tiêu chí
evidence-sheet-header-but-no-rows = trang tính có dòng tiêu đề nhưng không có dòng số liệu nào
evidence-formula-uncalculated = ô chứa công thức ={ $formula } nhưng không có giá trị đã tính
evidence-formula-uncalculated-expected = giá trị mà Excel hoặc LibreOffice đã tính và lưu trong ô
evidence-formula-uncalculated-hint = mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để công thức được tính
evidence-cell-excel-error = ô chứa lỗi Excel { $error }
evidence-cell-excel-error-expected = một giá trị gõ vào ô, hoặc một công thức cho ra giá trị
evidence-cell-excel-error-hint = sửa công thức, hoặc gõ giá trị vào ô
evidence-sheet-header-hint = dòng tiêu đề phải ghi tên các cột (đơn vị, mã tiêu chí, giá trị, …)
evidence-sheet-other-sheets-hint = đã đọc trang "{ $sheet }" (trang tên "minh chứng" hoặc "evidence", nếu không thì trang đầu tiên); nếu số liệu ở trang khác ({ $others }), hãy đổi tên trang đó thành "minh chứng" hoặc chuyển nó lên đầu

## Giới hạn của bảng tính (chống tệp hỏng hoặc tệp làm treo chương trình)
evidence-limit-exceeded = bảng tính vượt giới hạn: { $what }
evidence-limit-expected = giới hạn { $limit }
evidence-limit-hint = tệp có thể bị hỏng hoặc được tạo để làm treo chương trình; mở bằng Excel, kiểm tra và lưu lại
evidence-limit-archive-entries = tệp nén có { $count } mục
evidence-limit-entries = { $count } mục
evidence-limit-entry-declares = mục "{ $entry }" khai báo { $bytes } byte khi giải nén
evidence-limit-bytes-per-entry = { $bytes } byte mỗi mục
evidence-limit-entries-declare-total = các mục khai báo hơn { $bytes } byte khi giải nén
evidence-limit-bytes-total = { $bytes } byte tổng cộng
evidence-limit-entry-ratio = mục "{ $entry }" nén { $packed } byte thành { $bytes } byte (tỷ lệ { $ratio })
evidence-limit-ratio = tỷ lệ nén { $ratio } lần
evidence-limit-entries-unpack-total = các mục giải nén hơn { $bytes } byte
evidence-limit-in-entry = { $what } (mục "{ $entry }")
evidence-limit-unpacks-more = giải nén hơn { $bytes } byte
evidence-limit-row-past-last = hàng thứ { $row } vượt quá hàng cuối của Excel
evidence-limit-rows = { $count } hàng
evidence-limit-strings-declared = bảng chuỗi khai báo { $key }="{ $value }"
evidence-limit-strings = { $count } chuỗi
evidence-limit-more-strings = hơn { $count } chuỗi dùng chung
evidence-limit-row-attribute = hàng r="{ $value }"
evidence-limit-row-range = hàng từ 1 đến { $last }
evidence-limit-cell-past-xfd = ô thứ { $column } của hàng { $row } vượt quá cột XFD
evidence-limit-columns = { $count } cột
evidence-limit-sheet-cells = trang tính có hơn { $count } ô
evidence-limit-cells-per-sheet = { $count } ô mỗi trang tính
evidence-limit-shared-formula = công thức dùng chung si="{ $value }"
evidence-limit-shared-formula-range = si đến { $last }
evidence-limit-what-row = hàng
evidence-limit-what-cell = ô
evidence-limit-repeated-attribute = { $what } có thuộc tính r lặp lại: { $values }
evidence-limit-attribute-once = mỗi thuộc tính một lần (XML)
evidence-limit-cell-reference = ô "{ $value }"
evidence-limit-cell-range = ô từ A1 đến XFD1048576
evidence-limit-area-reference = vùng "{ $value }"
evidence-limit-area-range = vùng từ A1 đến XFD1048576, góc đầu trước góc cuối
evidence-limit-area = các ô trải từ { $first } đến { $last } ({ $height } hàng × { $width } cột)
evidence-limit-area-cells = { $count } ô trong vùng chứa dữ liệu; xoá các ô ở xa vùng số liệu
