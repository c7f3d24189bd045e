; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'value@1', verdict proved
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
(declare-fun log!51 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
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
 (let ((?x92 (- log!51)))
 (let ((?x96 (* 0.0 ?x92)))
 (let ((?x27 (- |logits[0]|)))
 (let ((?x8 (+ |logits[1]| ?x27)))
 (let ((?x95 (+ ?x8 ?x92)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x23 (+ |logits[2]| ?x27)))
 (let ((?x93 (+ ?x23 ?x92)))
 (let ((?x94 (* 0.0 ?x93)))
 (let ((?x98 (+ ?x94 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x101 (* ?x62 ?x100)))
 (or (and (distinct 0.0 ?x101) true))))))))))))))))))
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
 (= (< log!51 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!51) (< exp!1 exp!4)))
(assert
 (= (< log!51 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!51) (< exp!2 exp!4)))
(assert
 (= (< log!51 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!51) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!51 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!51)))
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
(declare-fun log!70 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!51 () Real)
(declare-fun exp!5 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x123 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x124 (+ 1.0 ?x149)))
 (< 0.0 ?x124)))))))
(assert
 (let ((?x117 (- log!70)))
 (let ((?x104 (- |logits[2]|)))
 (let ((?x102 (+ |logits[0]| ?x104)))
 (let ((?x114 (+ ?x102 ?x117)))
 (let ((?x112 (* 0.0 ?x114)))
 (let ((?x103 (+ |logits[1]| ?x104)))
 (let ((?x115 (+ ?x103 ?x117)))
 (let ((?x110 (+ ?x115 ?x112)))
 (let ((?x116 (* 0.0 ?x117)))
 (let ((?x109 (+ ?x116 ?x110)))
 (let ((?x108 (- ?x109)))
 (let ((?x107 (+ ?x109 ?x108)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x106 (* ?x62 ?x107)))
 (or (and (distinct 0.0 ?x106) true))))))))))))))))))
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
 (= (< log!51 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!51) (< exp!1 exp!4)))
(assert
 (= (< log!51 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!51) (< exp!2 exp!4)))
(assert
 (= (< log!51 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!51) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!51 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!51)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!70 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!70) (< exp!1 exp!5)))
(assert
 (= (< log!70 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!70) (< exp!2 exp!5)))
(assert
 (= (< log!70 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!70) (< exp!3 exp!5)))
(assert
 (= (< log!70 log!51) (< exp!5 exp!4)))
(assert
 (= (< log!51 log!70) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!70 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!70)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x145 (/ ?x9 exp!3)))
(let ((?x123 (/ (* 1.0 exp!2) exp!3)))
(let ((?x149 (+ ?x123 ?x145)))
(let ((?x124 (+ 1.0 ?x149)))
(=> (> ?x124 0.0) (= exp!5 ?x124))))))))
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
(declare-fun log!91 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!51 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!70 () Real)
(declare-fun exp!6 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x250 (/ ?x134 exp!1)))
 (let ((?x419 (+ 1.0 ?x250)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x216 (/ ?x55 exp!1)))
 (let ((?x285 (+ ?x216 ?x419)))
 (< 0.0 ?x285))))))))
(assert
 (let ((?x156 (- log!91)))
 (let ((?x398 (- |logits[1]|)))
 (let ((?x330 (+ |logits[0]| ?x398)))
 (let ((?x334 (+ ?x330 ?x156)))
 (let ((?x282 (* 0.0 ?x334)))
 (let ((?x234 (+ ?x156 ?x282)))
 (let ((?x265 (+ |logits[2]| ?x398)))
 (let ((?x416 (+ ?x265 ?x156)))
 (let ((?x246 (* 0.0 ?x416)))
 (let ((?x187 (+ ?x246 ?x234)))
 (let ((?x337 (- ?x187)))
 (let ((?x423 (+ ?x187 ?x337)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x358 (* ?x62 ?x423)))
 (or (and (distinct 0.0 ?x358) true))))))))))))))))))
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
 (= (< log!51 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!51) (< exp!1 exp!4)))
(assert
 (= (< log!51 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!51) (< exp!2 exp!4)))
(assert
 (= (< log!51 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!51) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!51 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!51)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!70 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!70) (< exp!1 exp!5)))
(assert
 (= (< log!70 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!70) (< exp!2 exp!5)))
(assert
 (= (< log!70 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!70) (< exp!3 exp!5)))
(assert
 (= (< log!70 log!51) (< exp!5 exp!4)))
(assert
 (= (< log!51 log!70) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!70 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!70)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x124 (+ 1.0 ?x149)))
 (=> (> ?x124 0.0) (= exp!5 ?x124)))))))))
(assert
 (= (< log!91 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!91) (< exp!1 exp!6)))
(assert
 (= (< log!91 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!91) (< exp!2 exp!6)))
(assert
 (= (< log!91 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!91) (< exp!3 exp!6)))
(assert
 (= (< log!91 log!51) (< exp!6 exp!4)))
(assert
 (= (< log!51 log!91) (< exp!4 exp!6)))
(assert
 (= (< log!91 log!70) (< exp!6 exp!5)))
(assert
 (= (< log!70 log!91) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!91 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!91)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x250 (/ ?x134 exp!1)))
(let ((?x419 (+ 1.0 ?x250)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x216 (/ ?x55 exp!1)))
(let ((?x285 (+ ?x216 ?x419)))
(=> (> ?x285 0.0) (= exp!6 ?x285)))))))))
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
(declare-fun log!70 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!51 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!91 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x124 (+ 1.0 ?x149)))
 (< 0.0 ?x124))))))))
(assert
 (let ((?x117 (- log!70)))
 (let ((?x104 (- |logits[2]|)))
 (let ((?x102 (+ |logits[0]| ?x104)))
 (let ((?x114 (+ ?x102 ?x117)))
 (let ((?x112 (* 0.0 ?x114)))
 (let ((?x103 (+ |logits[1]| ?x104)))
 (let ((?x115 (+ ?x103 ?x117)))
 (let ((?x110 (+ ?x115 ?x112)))
 (let ((?x116 (* 0.0 ?x117)))
 (let ((?x109 (+ ?x116 ?x110)))
 (let ((?x108 (- ?x109)))
 (let ((?x107 (+ ?x109 ?x108)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x106 (* ?x62 ?x107)))
 (or (and (distinct 0.0 ?x106) true))))))))))))))))))
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
 (= (< log!51 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!51) (< exp!1 exp!4)))
(assert
 (= (< log!51 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!51) (< exp!2 exp!4)))
(assert
 (= (< log!51 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!51) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!51 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!51)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!70 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!70) (< exp!1 exp!5)))
(assert
 (= (< log!70 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!70) (< exp!2 exp!5)))
(assert
 (= (< log!70 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!70) (< exp!3 exp!5)))
(assert
 (= (< log!70 log!51) (< exp!5 exp!4)))
(assert
 (= (< log!51 log!70) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!70 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!70)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x124 (+ 1.0 ?x149)))
 (=> (> ?x124 0.0) (= exp!5 ?x124)))))))))
(assert
 (= (< log!91 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!91) (< exp!1 exp!6)))
(assert
 (= (< log!91 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!91) (< exp!2 exp!6)))
(assert
 (= (< log!91 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!91) (< exp!3 exp!6)))
(assert
 (= (< log!91 log!51) (< exp!6 exp!4)))
(assert
 (= (< log!51 log!91) (< exp!4 exp!6)))
(assert
 (= (< log!91 log!70) (< exp!6 exp!5)))
(assert
 (= (< log!70 log!91) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!91 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!91)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x250 (/ ?x134 exp!1)))
(let ((?x419 (+ 1.0 ?x250)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x216 (/ ?x55 exp!1)))
(let ((?x285 (+ ?x216 ?x419)))
(=> (> ?x285 0.0) (= exp!6 ?x285)))))))))
(check-sat)
(pop 1)
