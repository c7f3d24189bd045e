; certjax: rule estimators.score_OneHotCategoricalLogits, obligation 'score_identity@1[2]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!144 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x113 (/ ?x56 ?x57)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (* 0.0 ?x114)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x115 (+ 1.0 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x111 (/ ?x36 exp!4)))
 (let ((?x120 (* ?x111 ?x119)))
 (let ((?x121 (* |f[1]| ?x120)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (* ?x56 ?x108)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x112 (* ?x111 ?x110)))
 (or (and (distinct ?x112 ?x121) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!144 () Real)
(declare-fun log!209 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (< 0.0 ?x372)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (< 0.0 ?x372)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x448 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let ((?x165 (/ 1.0 ?x372)))
 (let ((?x157 (- ?x165)))
 (let ((?x257 (* 0.0 ?x157)))
 (let ((?x258 (+ ?x157 ?x257)))
 (let ((?x167 (+ 1.0 ?x157)))
 (let ((?x169 (* 0.0 ?x167)))
 (let ((?x168 (+ ?x169 ?x258)))
 (let ((?x148 (/ ?x126 exp!5)))
 (let ((?x264 (* ?x148 ?x168)))
 (let ((?x265 (* |f[1]| ?x264)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x152 (/ ?x107 ?x372)))
 (let ((?x153 (+ ?x103 ?x152)))
 (let ((?x149 (* ?x148 ?x153)))
 (or (and (distinct ?x149 ?x265) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!209 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!209) (< exp!1 exp!5)))
(assert
 (= (< log!209 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!209) (< exp!2 exp!5)))
(assert
 (= (< log!209 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!209) (< exp!3 exp!5)))
(assert
 (= (< log!209 log!144) (< exp!5 exp!4)))
(assert
 (= (< log!144 log!209) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!209 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!209)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x126 (/ ?x9 exp!3)))
(let ((?x448 (/ (* 1.0 exp!2) exp!3)))
(let ((?x359 (+ ?x448 ?x126)))
(let ((?x372 (+ 1.0 ?x359)))
(=> (> ?x372 0.0) (= exp!5 ?x372))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!144 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!209 () Real)
(declare-fun log!276 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (< 0.0 ?x509))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (let (($x324 (= 0.0 ?x509)))
 (not $x324)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (let (($x324 (= 0.0 ?x509)))
 (not $x324)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (let (($x324 (= 0.0 ?x509)))
 (not $x324)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (< 0.0 ?x509))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (let (($x324 (= 0.0 ?x509)))
 (not $x324)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (let (($x324 (= 0.0 ?x509)))
 (not $x324)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x485 (/ ?x354 exp!1)))
 (let ((?x200 (+ 1.0 ?x485)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x277 (/ ?x55 exp!1)))
 (let ((?x509 (+ ?x277 ?x200)))
 (let ((?x232 (/ ?x277 ?x509)))
 (let ((?x696 (- ?x232)))
 (let ((?x164 (* 0.0 ?x696)))
 (let ((?x404 (+ ?x696 ?x164)))
 (let ((?x695 (+ 1.0 ?x696)))
 (let ((?x287 (* 0.0 ?x695)))
 (let ((?x312 (+ ?x287 ?x404)))
 (let ((?x273 (/ 1.0 exp!6)))
 (let ((?x311 (* ?x273 ?x312)))
 (let ((?x276 (* |f[1]| ?x311)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x325 (/ ?x107 ?x509)))
 (let ((?x199 (* ?x277 ?x325)))
 (let ((?x405 (+ ?x103 ?x199)))
 (let ((?x417 (* ?x273 ?x405)))
 (or (and (distinct ?x417 ?x276) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!209 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!209) (< exp!1 exp!5)))
(assert
 (= (< log!209 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!209) (< exp!2 exp!5)))
(assert
 (= (< log!209 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!209) (< exp!3 exp!5)))
(assert
 (= (< log!209 log!144) (< exp!5 exp!4)))
(assert
 (= (< log!144 log!209) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!209 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!209)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (=> (> ?x372 0.0) (= exp!5 ?x372)))))))))
(assert
 (= (< log!276 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!276) (< exp!1 exp!6)))
(assert
 (= (< log!276 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!276) (< exp!2 exp!6)))
(assert
 (= (< log!276 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!276) (< exp!3 exp!6)))
(assert
 (= (< log!276 log!144) (< exp!6 exp!4)))
(assert
 (= (< log!144 log!276) (< exp!4 exp!6)))
(assert
 (= (< log!276 log!209) (< exp!6 exp!5)))
(assert
 (= (< log!209 log!276) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!276 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!276)))
(assert
 (let ((?x354 (* 1.0 exp!2)))
(let ((?x485 (/ ?x354 exp!1)))
(let ((?x200 (+ 1.0 ?x485)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x277 (/ ?x55 exp!1)))
(let ((?x509 (+ ?x277 ?x200)))
(=> (> ?x509 0.0) (= exp!6 ?x509)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!144 () Real)
(declare-fun log!209 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!276 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (< 0.0 ?x372))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (< 0.0 ?x372))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (let ((?x165 (/ 1.0 ?x372)))
 (let ((?x157 (- ?x165)))
 (let ((?x257 (* 0.0 ?x157)))
 (let ((?x258 (+ ?x157 ?x257)))
 (let ((?x167 (+ 1.0 ?x157)))
 (let ((?x169 (* 0.0 ?x167)))
 (let ((?x168 (+ ?x169 ?x258)))
 (let ((?x148 (/ ?x126 exp!5)))
 (let ((?x264 (* ?x148 ?x168)))
 (let ((?x265 (* |f[1]| ?x264)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x152 (/ ?x107 ?x372)))
 (let ((?x153 (+ ?x103 ?x152)))
 (let ((?x149 (* ?x148 ?x153)))
 (or (and (distinct ?x149 ?x265) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!209 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!209) (< exp!1 exp!5)))
(assert
 (= (< log!209 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!209) (< exp!2 exp!5)))
(assert
 (= (< log!209 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!209) (< exp!3 exp!5)))
(assert
 (= (< log!209 log!144) (< exp!5 exp!4)))
(assert
 (= (< log!144 log!209) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!209 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!209)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (=> (> ?x372 0.0) (= exp!5 ?x372)))))))))
(assert
 (= (< log!276 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!276) (< exp!1 exp!6)))
(assert
 (= (< log!276 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!276) (< exp!2 exp!6)))
(assert
 (= (< log!276 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!276) (< exp!3 exp!6)))
(assert
 (= (< log!276 log!144) (< exp!6 exp!4)))
(assert
 (= (< log!144 log!276) (< exp!4 exp!6)))
(assert
 (= (< log!276 log!209) (< exp!6 exp!5)))
(assert
 (= (< log!209 log!276) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!276 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!276)))
(assert
 (let ((?x354 (* 1.0 exp!2)))
(let ((?x485 (/ ?x354 exp!1)))
(let ((?x200 (+ 1.0 ?x485)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x277 (/ ?x55 exp!1)))
(let ((?x509 (+ ?x277 ?x200)))
(=> (> ?x509 0.0) (= exp!6 ?x509)))))))))
(check-sat)
(pop 1)
