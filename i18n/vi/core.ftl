# Lỗi của hệ điều hành (kèm lời của hệ thống trong ngoặc).
io-not-found = không tìm thấy tệp
io-permission-denied = không có quyền truy cập
io-already-exists = tệp đã có
io-is-a-directory = đây là thư mục, không phải tệp
io-not-a-directory = không phải thư mục
io-storage-full = ổ đĩa đã đầy
io-read-only = ổ đĩa chỉ cho đọc
io-invalid-data = dữ liệu không hợp lệ
io-unexpected-eof = tệp kết thúc giữa chừng

# Cách in một vấn đề của tệp đầu vào.
diagnostic-error = lỗi
diagnostic-warning = cảnh báo
diagnostic-expected = cần: { $expected }
diagnostic-hint = gợi ý: { $hint }
diagnostics-not-shown = … và { $count } vấn đề khác không in ra
diagnostics-summary = { $errors } lỗi, { $warnings } cảnh báo

# Lỗi khi đọc, ghi tệp.
error-read = không đọc được { $path }: { $reason }
error-write = không ghi được { $path }: { $reason }
error-held-open = Tệp { $path } đang được mở trong Excel hoặc chương trình khác; hãy đóng tệp rồi chạy lại
error-workbook = không tạo được bảng tính { $path }: { $reason }
error-unknown-framework = không có tệp bộ tiêu chí hay bộ tiêu chí có sẵn nào tên "{ $name }"; các bộ có sẵn: { $known }

# Chương trình chính.
main-stdout-failed = lỗi: không ghi được ra màn hình (đầu ra chuẩn): { $reason }
main-warnings-denied = lỗi: có cảnh báo mà --deny-warnings không cho phép
main-seal-broken = lỗi: niêm phong không khớp
