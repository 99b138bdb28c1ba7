# Phiếu điều tra xã hội học: đọc tệp trả lời (--responses), đối chiếu đơn vị, tổng hợp.

## Dòng tiêu đề của tệp trả lời
survey-duplicate-column = cột { $first } và cột { $second } cùng là "{ $header }"
survey-duplicate-column-expected = mỗi cột một lần
survey-missing-respondent-column = tệp trả lời không có cột respondent (phiếu, mã phiếu)
survey-missing-unit-column = tệp trả lời không có cột unit (đơn vị)
survey-expected-header = dòng tiêu đề gồm các cột respondent (phiếu), group (nhóm), unit (đơn vị), question (câu hỏi), answer (trả lời)
survey-header-hint = dòng đầu tiên phải là tên các cột; dấu phân cách (, hoặc ;) lấy theo dòng này
survey-missing-group-column = tệp trả lời không có cột group (nhóm), mà bộ chỉ số có [survey] groups
survey-question-without-answer = tệp trả lời có cột câu hỏi mà không có cột trả lời (hoặc ngược lại)
survey-question-without-answer-expected = cả hai cột question (câu hỏi) và answer (trả lời), hoặc dạng bảng ngang: một cột cho mỗi mã câu hỏi
survey-did-you-mean = có phải là "{ $near }"?
survey-wide-column-hint = ở dạng bảng ngang, mỗi cột sau phiếu, nhóm, đơn vị là một mã câu hỏi có trong questions của bộ chỉ số
survey-column-not-a-question = tiêu đề cột "{ $header }" không phải mã câu hỏi nào của bộ chỉ số
survey-expected-question-id = mã một câu hỏi được liệt kê trong questions của một tiêu chí
survey-no-question-column = tệp trả lời không có cột câu hỏi nào
survey-no-question-column-expected = các cột question (câu hỏi) và answer (trả lời), hoặc một cột cho mỗi mã câu hỏi

## Đơn vị trong phiếu điều tra
survey-unit-two-spellings = đơn vị "{ $unit }" và "{ $other }" ({ $place }) là cùng một đơn vị "{ $registered }" của danh sách đơn vị, viết hai cách
survey-unit-two-spellings-expected = một cách viết cho mỗi đơn vị trong các tệp trả lời
survey-unit-two-spellings-hint = sửa thành "{ $registered }" như trong danh sách đơn vị
survey-unit-not-registered = đơn vị "{ $unit }" không có trong danh sách đơn vị (--units)
survey-unit-not-registered-expected = tên một đơn vị của danh sách đơn vị
survey-unit-not-in-evidence = đơn vị "{ $unit }" không có trong tệp minh chứng nào
survey-unit-not-in-evidence-expected = tên một đơn vị có trong các tệp minh chứng
survey-unit-did-you-mean = có phải là "{ $near }"? Tên đơn vị phải viết giống hệt ở mọi tệp

## Đọc tệp trả lời
survey-framework-without-survey = --responses: bộ chỉ số "{ $framework }" không có tiêu chí nào lấy điểm từ phiếu điều tra (questions = [...] trong [[criterion]], cùng bảng [survey])
survey-unreadable-csv = không đọc được tệp CSV: { $reason }
survey-expected-csv = một tệp CSV UTF-8
survey-file-empty = tệp trả lời trống
survey-file-empty-expected = dòng tiêu đề respondent,group,unit,question,answer và mỗi câu trả lời một dòng
survey-unreadable-workbook = không đọc được sổ tính: { $reason }
survey-unreadable-workbook-expected = một sổ tính Excel (.xlsx) không đặt mật khẩu
survey-workbook-no-sheet = sổ tính không có trang tính nào
survey-workbook-no-sheet-expected = một trang tính các câu trả lời
survey-sheet-empty = trang tính "{ $sheet }" trống
survey-sheet-empty-expected = dòng tiêu đề và các câu trả lời
survey-line-not-utf8 = dòng này không phải văn bản UTF-8
survey-line-not-utf8-expected = tệp CSV lưu dạng UTF-8
survey-line-not-utf8-hint = trong Excel chọn "Save As → CSV UTF-8 (Comma delimited)"
survey-unit-empty = tên đơn vị trống
survey-unit-empty-expected = tên đơn vị được đánh giá, ví dụ "Sở Tư pháp"
survey-respondent-empty = mã phiếu trống
survey-respondent-empty-expected = mã của phiếu điều tra, ví dụ "R0001"
survey-respondent-two-groups = phiếu "{ $respondent }" về đơn vị "{ $unit }" ghi nhóm "{ $group }", nhưng ở dòng { $line } ghi nhóm "{ $first_group }"
survey-respondent-two-groups-expected = một phiếu thuộc một nhóm người trả lời
survey-unknown-question = câu hỏi "{ $question }" không thuộc tiêu chí nào
survey-unknown-question-hint = mỗi câu hỏi phải được liệt kê trong questions của đúng một tiêu chí của bộ chỉ số
survey-group-empty = nhóm người trả lời trống
survey-expected-group = một nhóm của [survey] groups: { $groups }
survey-group-case-hint = có phải là "{ $near }"? (mã nhóm phân biệt chữ hoa, chữ thường)
survey-unknown-group-hint = thêm nhóm này vào groups của [survey] trong bộ chỉ số, hoặc sửa mã nhóm
survey-unknown-group = nhóm "{ $group }" không có trong [survey] groups
survey-too-many-groups = quá nhiều nhóm người trả lời
survey-too-many-groups-expected = ít hơn { $max } nhóm
survey-place-line = dòng { $line }
survey-place-line-of = dòng { $line } của { $file }
survey-answered-twice = phiếu "{ $respondent }" trả lời câu hỏi "{ $question }" về đơn vị "{ $unit }" hai lần (phiếu này có từ { $first })
survey-answered-twice-expected = mỗi phiếu trả lời mỗi câu hỏi về một đơn vị một lần
survey-answered-twice-hint = xóa dòng lặp lại, hoặc sửa mã phiếu nếu đây là hai phiếu khác nhau

## Tổng hợp
survey-too-few-answers = đơn vị "{ $unit }", tiêu chí { $id }: { $counted } câu trả lời được tính, ít hơn min_answers = { $min }
survey-too-few-answers-hint = kết quả điều tra của đơn vị này ít tin cậy; xem khoảng tin cậy của lệnh survey
