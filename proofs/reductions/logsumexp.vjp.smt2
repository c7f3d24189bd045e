; certjax: rule reductions.logsumexp, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(declare-fun exp!6 () Real)
(declare-fun |x[2]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun log!18 () Real)
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (< 0.0 ?x72)))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (< 0.0 ?x72)))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x76 (= 0.0 ?x72)))
 (not $x76))))))))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let ((?x260 (/ ?x10 ?x72)))
 (let ((?x223 (* g ?x260)))
 (let ((?x282 (/ ?x10 exp!6)))
 (let ((?x195 (* g ?x282)))
 (or (and (distinct (* g (/ ?x38 exp!6)) (* g (/ ?x38 ?x72))) true) (and (distinct (* g (/ ?x70 exp!6)) (* g (/ ?x70 ?x72))) true) (and (distinct ?x195 ?x223) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |x[2]|)))
(assert
 (= (< sg!7 |x[2]|) (< exp!2 exp!1)))
(assert
 (= (< |x[2]| sg!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!7)))
(assert
 (= (< |x[0]| |x[2]|) (< exp!3 exp!1)))
(assert
 (= (< |x[2]| |x[0]|) (< exp!1 exp!3)))
(assert
 (= (< |x[0]| sg!7) (< exp!3 exp!2)))
(assert
 (= (< sg!7 |x[0]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[0]|)))
(assert
 (= (< |x[1]| |x[2]|) (< exp!4 exp!1)))
(assert
 (= (< |x[2]| |x[1]|) (< exp!1 exp!4)))
(assert
 (= (< |x[1]| sg!7) (< exp!4 exp!2)))
(assert
 (= (< sg!7 |x[1]|) (< exp!2 exp!4)))
(assert
 (= (< |x[1]| |x[0]|) (< exp!4 exp!3)))
(assert
 (= (< |x[0]| |x[1]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |x[1]|)))
(assert
 (let (($x86 (< log!18 |x[2]|)))
 (= $x86 (< exp!5 exp!1))))
(assert
 (let (($x89 (< |x[2]| log!18)))
 (= $x89 (< exp!1 exp!5))))
(assert
 (let (($x92 (< log!18 sg!7)))
 (= $x92 (< exp!5 exp!2))))
(assert
 (let (($x95 (< sg!7 log!18)))
 (= $x95 (< exp!2 exp!5))))
(assert
 (let (($x98 (< log!18 |x[0]|)))
 (= $x98 (< exp!5 exp!3))))
(assert
 (let (($x101 (< |x[0]| log!18)))
 (= $x101 (< exp!3 exp!5))))
(assert
 (let (($x104 (< log!18 |x[1]|)))
 (= $x104 (< exp!5 exp!4))))
(assert
 (let (($x107 (< |x[1]| log!18)))
 (= $x107 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x111 (> log!18 0.0)))
 (= $x111 (> exp!5 1.0))))
(assert
 (let ((?x114 (+ 1.0 log!18)))
 (>= exp!5 ?x114)))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x38 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x71 (+ ?x38 ?x70)))
 (let ((?x10 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x72 (+ ?x10 ?x71)))
 (let (($x116 (> ?x72 0.0)))
 (=> $x116 (= exp!5 ?x72)))))))))
(assert
 (let (($x86 (< log!18 |x[2]|)))
 (= $x86 (< exp!6 exp!1))))
(assert
 (let (($x89 (< |x[2]| log!18)))
 (= $x89 (< exp!1 exp!6))))
(assert
 (let (($x92 (< log!18 sg!7)))
 (= $x92 (< exp!6 exp!2))))
(assert
 (let (($x95 (< sg!7 log!18)))
 (= $x95 (< exp!2 exp!6))))
(assert
 (let (($x98 (< log!18 |x[0]|)))
 (= $x98 (< exp!6 exp!3))))
(assert
 (let (($x101 (< |x[0]| log!18)))
 (= $x101 (< exp!3 exp!6))))
(assert
 (let (($x104 (< log!18 |x[1]|)))
 (= $x104 (< exp!6 exp!4))))
(assert
 (let (($x107 (< |x[1]| log!18)))
 (= $x107 (< exp!4 exp!6))))
(assert
 (let (($x132 (< log!18 log!18)))
 (= $x132 (< exp!6 exp!5))))
(assert
 (let (($x132 (< log!18 log!18)))
 (= $x132 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x111 (> log!18 0.0)))
 (= $x111 (> exp!6 1.0))))
(assert
 (let ((?x114 (+ 1.0 log!18)))
 (>= exp!6 ?x114)))
(assert
 (let ((?x70 (/ (* 1.0 exp!4) exp!2)))
(let ((?x38 (/ (* 1.0 exp!3) exp!2)))
(let ((?x71 (+ ?x38 ?x70)))
(let ((?x10 (/ (* 1.0 exp!1) exp!2)))
(let ((?x72 (+ ?x10 ?x71)))
(let (($x116 (> ?x72 0.0)))
(=> $x116 (= exp!6 ?x72)))))))))
(check-sat)
(pop 1)
