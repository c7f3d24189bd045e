; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!100 () Real)
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
 (let ((?x106 (/ 1.0 ?x57)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (+ 1.0 ?x107)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x110 (+ ?x108 ?x109)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x104 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x104 ?x111)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x113 (* ?x100 ?x112)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x105 (* ?x104 ?x103)))
 (or (and (distinct ?x105 ?x113) true))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (< 0.0 ?x392)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (< 0.0 ?x392)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let ((?x253 (/ ?x118 ?x392)))
 (let ((?x250 (- ?x253)))
 (let ((?x165 (+ 1.0 ?x250)))
 (let ((?x251 (* 0.0 ?x250)))
 (let ((?x142 (+ ?x251 ?x165)))
 (let ((?x143 (+ ?x251 ?x142)))
 (let ((?x242 (/ ?x118 exp!5)))
 (let ((?x263 (* ?x242 ?x143)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x257 (* ?x100 ?x263)))
 (let ((?x101 (- ?x100)))
 (let ((?x167 (/ ?x101 ?x392)))
 (let ((?x169 (* ?x118 ?x167)))
 (let ((?x241 (+ ?x100 ?x169)))
 (let ((?x252 (* ?x242 ?x241)))
 (or (and (distinct ?x252 ?x257) true))))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x358 (/ ?x9 exp!3)))
(let ((?x118 (/ (* 1.0 exp!2) exp!3)))
(let ((?x380 (+ ?x118 ?x358)))
(let ((?x392 (+ 1.0 ?x380)))
(=> (> ?x392 0.0) (= exp!5 ?x392))))))))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!152 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (< 0.0 ?x517))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (let (($x312 (= 0.0 ?x517)))
 (not $x312)))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (let (($x312 (= 0.0 ?x517)))
 (not $x312)))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (let (($x312 (= 0.0 ?x517)))
 (not $x312)))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (< 0.0 ?x517))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (let (($x312 (= 0.0 ?x517)))
 (not $x312)))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (let (($x312 (= 0.0 ?x517)))
 (not $x312)))))))))
(assert
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x579 (/ ?x456 exp!1)))
 (let ((?x335 (+ 1.0 ?x579)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x367 (/ ?x55 exp!1)))
 (let ((?x517 (+ ?x367 ?x335)))
 (let ((?x514 (/ ?x579 ?x517)))
 (let ((?x122 (- ?x514)))
 (let ((?x710 (+ 1.0 ?x122)))
 (let ((?x299 (* 0.0 ?x122)))
 (let ((?x352 (+ ?x299 ?x710)))
 (let ((?x701 (+ ?x299 ?x352)))
 (let ((?x433 (/ ?x579 exp!6)))
 (let ((?x376 (* ?x433 ?x701)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x494 (* ?x100 ?x376)))
 (let ((?x101 (- ?x100)))
 (let ((?x274 (/ ?x101 ?x517)))
 (let ((?x419 (* ?x579 ?x274)))
 (let ((?x397 (+ ?x100 ?x419)))
 (let ((?x264 (* ?x433 ?x397)))
 (or (and (distinct ?x264 ?x494) true)))))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (=> (> ?x392 0.0) (= exp!5 ?x392)))))))))
(assert
 (= (< log!206 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!206) (< exp!1 exp!6)))
(assert
 (= (< log!206 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!206) (< exp!2 exp!6)))
(assert
 (= (< log!206 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!206) (< exp!3 exp!6)))
(assert
 (= (< log!206 log!100) (< exp!6 exp!4)))
(assert
 (= (< log!100 log!206) (< exp!4 exp!6)))
(assert
 (= (< log!206 log!152) (< exp!6 exp!5)))
(assert
 (= (< log!152 log!206) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!206 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!206)))
(assert
 (let ((?x456 (* 1.0 exp!2)))
(let ((?x579 (/ ?x456 exp!1)))
(let ((?x335 (+ 1.0 ?x579)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x367 (/ ?x55 exp!1)))
(let ((?x517 (+ ?x367 ?x335)))
(=> (> ?x517 0.0) (= exp!6 ?x517)))))))))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (< 0.0 ?x392))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (< 0.0 ?x392))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let (($x135 (= 0.0 ?x392)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (let ((?x253 (/ ?x118 ?x392)))
 (let ((?x250 (- ?x253)))
 (let ((?x165 (+ 1.0 ?x250)))
 (let ((?x251 (* 0.0 ?x250)))
 (let ((?x142 (+ ?x251 ?x165)))
 (let ((?x143 (+ ?x251 ?x142)))
 (let ((?x242 (/ ?x118 exp!5)))
 (let ((?x263 (* ?x242 ?x143)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x257 (* ?x100 ?x263)))
 (let ((?x101 (- ?x100)))
 (let ((?x167 (/ ?x101 ?x392)))
 (let ((?x169 (* ?x118 ?x167)))
 (let ((?x241 (+ ?x100 ?x169)))
 (let ((?x252 (* ?x242 ?x241)))
 (or (and (distinct ?x252 ?x257) true)))))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x358 (/ ?x9 exp!3)))
 (let ((?x456 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x456 exp!3)))
 (let ((?x380 (+ ?x118 ?x358)))
 (let ((?x392 (+ 1.0 ?x380)))
 (=> (> ?x392 0.0) (= exp!5 ?x392)))))))))
(assert
 (= (< log!206 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!206) (< exp!1 exp!6)))
(assert
 (= (< log!206 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!206) (< exp!2 exp!6)))
(assert
 (= (< log!206 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!206) (< exp!3 exp!6)))
(assert
 (= (< log!206 log!100) (< exp!6 exp!4)))
(assert
 (= (< log!100 log!206) (< exp!4 exp!6)))
(assert
 (= (< log!206 log!152) (< exp!6 exp!5)))
(assert
 (= (< log!152 log!206) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!206 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!206)))
(assert
 (let ((?x456 (* 1.0 exp!2)))
(let ((?x579 (/ ?x456 exp!1)))
(let ((?x335 (+ 1.0 ?x579)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x367 (/ ?x55 exp!1)))
(let ((?x517 (+ ?x367 ?x335)))
(=> (> ?x517 0.0) (= exp!6 ?x517)))))))))
(check-sat)
(pop 1)
