# Tệp niêm phong (seal) của kết quả.
seal-not-json = không phải JSON hợp lệ ({ $reason })
seal-not-a-seal = không phải tệp niêm phong của par-score (thiếu "format": "{ $format }")
seal-damaged = tệp niêm phong bị hỏng: { $reason }
seal-version = phiên bản định dạng niêm phong { $version } không được hỗ trợ (bản này đọc phiên bản { $supported })
seal-bad-digest = mã SHA-256 của { $file } bị hỏng: "{ $digest }" (cần 64 chữ số hex thường)
seal-no-outputs = tệp niêm phong bị hỏng: không ghi tệp kết quả nào
