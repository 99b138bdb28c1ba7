# Giá trị trong các ô mà người dùng gõ: số, ngày, có/không, số đếm.
values-not-a-number = "{ $text }" không phải là số
values-ambiguous-separators = "{ $text }" không phải là số: có nhiều dấu '{ $mark }' mà không có dấu phân cách nào khác
values-bad-grouping = "{ $text }" không phải là số: mỗi nhóm chữ số phải có ba chữ số
values-not-a-date = "{ $text }" không phải là ngày
values-no-such-date = "{ $text }" không phải ngày có thật (không có ngày này)
values-year-out-of-range = "{ $text }" có năm ngoài khoảng 1900–9999
values-not-yes-no = "{ $text }" không phải là có hoặc không
values-too-precise = "{ $text }" có nhiều chữ số có nghĩa hơn mức tính chính xác (tối đa 28 chữ số); số không được làm tròn ngầm
values-not-a-count = "{ $text }" không phải số đếm nguyên (0, 1, 2, …)
values-thousands-count = "{ $text }" không rõ là số đếm nào: dấu '{ $mark }' có thể là dấu phân cách hàng nghìn
values-number-forms = một số như 92,5 hoặc 92.5 (được ghi thêm dấu % ở cuối)
values-date-forms = một ngày ghi ngày trước, ví dụ 15/01/2024, 15-01-2024 hoặc 2024-01-15
