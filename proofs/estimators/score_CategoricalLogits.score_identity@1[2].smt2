; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
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
(declare-fun log!111 () Real)
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
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
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
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
 (let ((?x250 (/ 1.0 ?x372)))
 (let ((?x252 (- ?x250)))
 (let ((?x300 (* 0.0 ?x252)))
 (let ((?x152 (+ ?x252 ?x300)))
 (let ((?x302 (+ 1.0 ?x252)))
 (let ((?x299 (* 0.0 ?x302)))
 (let ((?x153 (+ ?x299 ?x152)))
 (let ((?x246 (/ ?x126 exp!5)))
 (let ((?x148 (* ?x246 ?x153)))
 (let ((?x149 (* |f[1]| ?x148)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x150 (/ ?x107 ?x372)))
 (let ((?x151 (+ ?x103 ?x150)))
 (let ((?x240 (* ?x246 ?x151)))
 (or (and (distinct ?x240 ?x149) true)))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
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
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!176 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (< 0.0 ?x200))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (let (($x380 (= 0.0 ?x200)))
 (not $x380)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (let (($x380 (= 0.0 ?x200)))
 (not $x380)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (let (($x380 (= 0.0 ?x200)))
 (not $x380)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (< 0.0 ?x200))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (let (($x380 (= 0.0 ?x200)))
 (not $x380)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (let (($x380 (= 0.0 ?x200)))
 (not $x380)))))))))
(assert
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x454 (/ ?x354 exp!1)))
 (let ((?x204 (+ 1.0 ?x454)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x287 (/ ?x55 exp!1)))
 (let ((?x200 (+ ?x287 ?x204)))
 (let ((?x368 (/ ?x287 ?x200)))
 (let ((?x693 (- ?x368)))
 (let ((?x413 (* 0.0 ?x693)))
 (let ((?x361 (+ ?x693 ?x413)))
 (let ((?x676 (+ 1.0 ?x693)))
 (let ((?x681 (* 0.0 ?x676)))
 (let ((?x488 (+ ?x681 ?x361)))
 (let ((?x203 (/ 1.0 exp!6)))
 (let ((?x510 (* ?x203 ?x488)))
 (let ((?x417 (* |f[1]| ?x510)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x130 (/ ?x107 ?x200)))
 (let ((?x161 (* ?x287 ?x130)))
 (let ((?x147 (+ ?x103 ?x161)))
 (let ((?x473 (* ?x203 ?x147)))
 (or (and (distinct ?x473 ?x417) true)))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (=> (> ?x372 0.0) (= exp!5 ?x372)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x354 (* 1.0 exp!2)))
(let ((?x454 (/ ?x354 exp!1)))
(let ((?x204 (+ 1.0 ?x454)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x287 (/ ?x55 exp!1)))
(let ((?x200 (+ ?x287 ?x204)))
(=> (> ?x200 0.0) (= exp!6 ?x200)))))))))
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
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!243 () Real)
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
 (let ((?x250 (/ 1.0 ?x372)))
 (let ((?x252 (- ?x250)))
 (let ((?x300 (* 0.0 ?x252)))
 (let ((?x152 (+ ?x252 ?x300)))
 (let ((?x302 (+ 1.0 ?x252)))
 (let ((?x299 (* 0.0 ?x302)))
 (let ((?x153 (+ ?x299 ?x152)))
 (let ((?x246 (/ ?x126 exp!5)))
 (let ((?x148 (* ?x246 ?x153)))
 (let ((?x149 (* |f[1]| ?x148)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x150 (/ ?x107 ?x372)))
 (let ((?x151 (+ ?x103 ?x150)))
 (let ((?x240 (* ?x246 ?x151)))
 (or (and (distinct ?x240 ?x149) true))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x354 (* 1.0 exp!2)))
 (let ((?x448 (/ ?x354 exp!3)))
 (let ((?x359 (+ ?x448 ?x126)))
 (let ((?x372 (+ 1.0 ?x359)))
 (=> (> ?x372 0.0) (= exp!5 ?x372)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x354 (* 1.0 exp!2)))
(let ((?x454 (/ ?x354 exp!1)))
(let ((?x204 (+ 1.0 ?x454)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x287 (/ ?x55 exp!1)))
(let ((?x200 (+ ?x287 ?x204)))
(=> (> ?x200 0.0) (= exp!6 ?x200)))))))))
(check-sat)
(pop 1)
