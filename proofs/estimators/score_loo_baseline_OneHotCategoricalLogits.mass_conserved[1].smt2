; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[1]', verdict proved
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
(declare-fun log!150 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x36 ?x57)))
 (let ((?x98 (- ?x97)))
 (let ((?x101 (* 0.0 ?x98)))
 (let ((?x99 (+ 1.0 ?x98)))
 (let ((?x115 (+ ?x99 ?x101)))
 (let ((?x116 (+ ?x101 ?x115)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x118 (* ?x117 ?x116)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x109 (+ ?x98 ?x100)))
 (let ((?x110 (+ ?x101 ?x109)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x111 ?x110)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x105 (* ?x104 ?x103)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!222 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x231 (/ ?x125 ?x484)))
 (let ((?x232 (- ?x231)))
 (let ((?x240 (* 0.0 ?x232)))
 (let ((?x242 (+ 1.0 ?x232)))
 (let ((?x170 (+ ?x242 ?x240)))
 (let ((?x171 (+ ?x240 ?x170)))
 (let ((?x298 (/ ?x125 exp!5)))
 (let ((?x308 (* ?x298 ?x171)))
 (let ((?x243 (* 0.0 ?x242)))
 (let ((?x149 (+ ?x232 ?x243)))
 (let ((?x150 (+ ?x240 ?x149)))
 (let ((?x253 (/ ?x477 exp!5)))
 (let ((?x247 (* ?x253 ?x150)))
 (let ((?x309 (+ ?x247 ?x308)))
 (let ((?x241 (+ ?x243 ?x240)))
 (let ((?x172 (+ ?x232 ?x241)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x179 (* ?x178 ?x172)))
 (let ((?x306 (+ ?x179 ?x309)))
 (or (and (distinct 0.0 ?x306) true)))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x477 (/ (* 1.0 exp!2) exp!3)))
(let ((?x474 (+ ?x477 ?x125)))
(let ((?x484 (+ 1.0 ?x474)))
(=> (> ?x484 0.0) (= exp!5 ?x484))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!222 () Real)
(declare-fun log!296 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x213 (/ ?x370 exp!1)))
 (let ((?x159 (+ 1.0 ?x213)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x211 (/ ?x55 exp!1)))
 (let ((?x532 (+ ?x211 ?x159)))
 (let (($x337 (= 0.0 ?x532)))
 (not $x337)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x213 (/ ?x370 exp!1)))
 (let ((?x159 (+ 1.0 ?x213)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x211 (/ ?x55 exp!1)))
 (let ((?x532 (+ ?x211 ?x159)))
 (< 0.0 ?x532))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x213 (/ ?x370 exp!1)))
 (let ((?x159 (+ 1.0 ?x213)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x211 (/ ?x55 exp!1)))
 (let ((?x532 (+ ?x211 ?x159)))
 (let (($x337 (= 0.0 ?x532)))
 (not $x337)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x213 (/ ?x370 exp!1)))
 (let ((?x159 (+ 1.0 ?x213)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x211 (/ ?x55 exp!1)))
 (let ((?x532 (+ ?x211 ?x159)))
 (let (($x337 (= 0.0 ?x532)))
 (not $x337)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x213 (/ ?x370 exp!1)))
 (let ((?x159 (+ 1.0 ?x213)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x211 (/ ?x55 exp!1)))
 (let ((?x532 (+ ?x211 ?x159)))
 (let ((?x227 (/ 1.0 ?x532)))
 (let ((?x299 (- ?x227)))
 (let ((?x412 (* 0.0 ?x299)))
 (let ((?x218 (+ 1.0 ?x299)))
 (let ((?x741 (+ ?x218 ?x412)))
 (let ((?x408 (+ ?x412 ?x741)))
 (let ((?x391 (/ 1.0 exp!6)))
 (let ((?x135 (* ?x391 ?x408)))
 (let ((?x331 (* 0.0 ?x218)))
 (let ((?x131 (+ ?x299 ?x331)))
 (let ((?x487 (+ ?x412 ?x131)))
 (let ((?x398 (/ ?x213 exp!6)))
 (let ((?x249 (* ?x398 ?x487)))
 (let ((?x598 (+ ?x249 ?x135)))
 (let ((?x274 (+ ?x331 ?x412)))
 (let ((?x136 (+ ?x299 ?x274)))
 (let ((?x288 (/ ?x211 exp!6)))
 (let ((?x740 (* ?x288 ?x136)))
 (let ((?x730 (+ ?x740 ?x598)))
 (or (and (distinct 0.0 ?x730) true))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!296 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!296) (< exp!1 exp!6)))
(assert
 (= (< log!296 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!296) (< exp!2 exp!6)))
(assert
 (= (< log!296 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!296) (< exp!3 exp!6)))
(assert
 (= (< log!296 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!296) (< exp!4 exp!6)))
(assert
 (= (< log!296 log!222) (< exp!6 exp!5)))
(assert
 (= (< log!222 log!296) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!296 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!296)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x213 (/ ?x370 exp!1)))
(let ((?x159 (+ 1.0 ?x213)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x211 (/ ?x55 exp!1)))
(let ((?x532 (+ ?x211 ?x159)))
(=> (> ?x532 0.0) (= exp!6 ?x532)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!222 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!296 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x231 (/ ?x125 ?x484)))
 (let ((?x232 (- ?x231)))
 (let ((?x240 (* 0.0 ?x232)))
 (let ((?x242 (+ 1.0 ?x232)))
 (let ((?x170 (+ ?x242 ?x240)))
 (let ((?x171 (+ ?x240 ?x170)))
 (let ((?x298 (/ ?x125 exp!5)))
 (let ((?x308 (* ?x298 ?x171)))
 (let ((?x243 (* 0.0 ?x242)))
 (let ((?x149 (+ ?x232 ?x243)))
 (let ((?x150 (+ ?x240 ?x149)))
 (let ((?x253 (/ ?x477 exp!5)))
 (let ((?x247 (* ?x253 ?x150)))
 (let ((?x309 (+ ?x247 ?x308)))
 (let ((?x241 (+ ?x243 ?x240)))
 (let ((?x172 (+ ?x232 ?x241)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x179 (* ?x178 ?x172)))
 (let ((?x306 (+ ?x179 ?x309)))
 (or (and (distinct 0.0 ?x306) true))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!296 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!296) (< exp!1 exp!6)))
(assert
 (= (< log!296 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!296) (< exp!2 exp!6)))
(assert
 (= (< log!296 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!296) (< exp!3 exp!6)))
(assert
 (= (< log!296 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!296) (< exp!4 exp!6)))
(assert
 (= (< log!296 log!222) (< exp!6 exp!5)))
(assert
 (= (< log!222 log!296) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!296 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!296)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x213 (/ ?x370 exp!1)))
(let ((?x159 (+ 1.0 ?x213)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x211 (/ ?x55 exp!1)))
(let ((?x532 (+ ?x211 ?x159)))
(=> (> ?x532 0.0) (= exp!6 ?x532)))))))))
(check-sat)
(pop 1)
